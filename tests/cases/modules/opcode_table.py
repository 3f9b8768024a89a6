# _opcode over every opcode number: validity, flags and stack effects (oparg 0..3, each jump setting)
import _opcode

fs = [_opcode.is_valid, _opcode.has_arg, _opcode.has_const, _opcode.has_name, _opcode.has_jump,
      _opcode.has_free, _opcode.has_local, _opcode.has_exc]


def effect(op, arg, jump):
    try:
        return _opcode.stack_effect(op, arg, jump=jump)
    except ValueError:
        return 'X'


for op in range(-1, 280):
    flags = ''.join('1' if f(op) else '0' for f in fs)
    effects = [effect(op, arg, jump) for arg in range(4) for jump in (None, True, False)]
    print(op, flags, *effects)
