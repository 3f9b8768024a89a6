# exception-specific attributes: StopIteration.value, KeyError str quoting, AttributeError name/obj, NameError name, ImportError name/path/msg, SystemExit code
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: StopIteration().value)
t(lambda: StopIteration(5).value)
t(lambda: StopIteration(5, 6).value)
t(lambda: StopAsyncIteration(1).args)
for k in ('key', 1, (1, 2), None, '', "it's"):
    print(repr(str(KeyError(k))), repr(KeyError(k)))
t(lambda: str(KeyError()))
t(lambda: str(KeyError('a', 'b')))
try:
    {}['missing']
except KeyError as e:
    t(lambda: (e.args, str(e)))
class Obj:
    pass
o = Obj()
try:
    o.nothing
except AttributeError as e:
    t(lambda: (e.name, e.obj is o, str(e)))
try:
    (1).foo
except AttributeError as e:
    t(lambda: (e.name, e.obj, str(e)))
ae = AttributeError('msg', name='n', obj=5)
t(lambda: (ae.name, ae.obj, ae.args))
t(lambda: AttributeError('m', bogus=1))
t(lambda: AttributeError().name)
try:
    undefined_global_name
except NameError as e:
    t(lambda: (e.name, str(e)))
def unbound():
    print(local_var)
    local_var = 1
try:
    unbound()
except UnboundLocalError as e:
    t(lambda: (type(e).__name__, e.name, str(e)))
t(lambda: NameError('x', name='nm').name)
ie = ImportError('cannot import', name='mod', path='/p/mod.py')
t(lambda: (ie.msg, ie.name, ie.path, ie.args, str(ie)))
t(lambda: ImportError().msg)
t(lambda: ImportError('a', 'b').msg)
t(lambda: ImportError(name_from='x'))
t(lambda: ImportError('m', name_from='x').name_from)
try:
    import no_such_module_for_ouro_case
except ModuleNotFoundError as e:
    t(lambda: (type(e).__name__, e.name, e.path, str(e)))
try:
    from sys import no_such_name
except ImportError as e:
    t(lambda: (type(e).__name__, e.name, str(e)))
t(lambda: (SystemExit('bye').code, SystemExit(None).code, SystemExit(2).args))
t(lambda: str(SystemExit(3)))
t(lambda: GeneratorExit().args)
t(lambda: KeyboardInterrupt('k').args)
t(lambda: RecursionError('deep').args)
t(lambda: issubclass(RecursionError, RuntimeError))
t(lambda: issubclass(ModuleNotFoundError, ImportError))
t(lambda: issubclass(UnboundLocalError, NameError))
t(lambda: issubclass(NotImplementedError, RuntimeError))
