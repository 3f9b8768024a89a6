# _opcode: flags, stack effects and oparg names from the instruction table, with clinic argument errors
import _opcode
print(_opcode.__doc__)
print(_opcode.ENABLE_SPECIALIZATION, _opcode.ENABLE_SPECIALIZATION_FT)
print(_opcode.get_nb_ops()[:3], len(_opcode.get_nb_ops()))
print(_opcode.get_intrinsic1_descs()); print(_opcode.get_intrinsic2_descs()); print(_opcode.get_special_method_names())
print(_opcode.get_specialization_stats())
print([f(o) for f in [_opcode.has_arg,_opcode.has_const,_opcode.has_name,_opcode.has_jump,_opcode.has_free,_opcode.has_local,_opcode.has_exc,_opcode.is_valid] for o in [1, 83, 90, 256, 262, 1000, -1]])
print(_opcode.stack_effect(1), _opcode.stack_effect(83, 0), _opcode.stack_effect(262, 0, jump=True), _opcode.stack_effect(262, 0, jump=False))
for a in [(), (1,2,3,4), (1000,), (1, None), ("x",), (83,), (1, 2**70), (90, 1, 1)]:
    try: print(_opcode.stack_effect(*a))
    except Exception as e: print(type(e).__name__, e)
try: _opcode.stack_effect(1, jump=1)
except Exception as e: print(type(e).__name__, e)
for a in [(), ("x",), (2**70,)]:
    try: print(_opcode.has_arg(*a))
    except Exception as e: print(type(e).__name__, e)
def f(): pass
for a in [(), (f.__code__, 0), (1, 0), (f.__code__, "x")]:
    try: print(_opcode.get_executor(*a))
    except Exception as e: print(type(e).__name__, e)
print(_opcode.has_arg.__text_signature__, _opcode.stack_effect.__text_signature__, _opcode.get_executor.__text_signature__)
print(_opcode.has_arg.__doc__); print(_opcode.stack_effect.__doc__)
