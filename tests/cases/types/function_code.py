# code objects: co_name/co_qualname/co_argcount/co_posonlyargcount/co_kwonlyargcount/co_varnames/co_freevars/co_cellvars/co_flags bits/co_filename/replace
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, /, c, *args, d, e=1, **kw):
    local = a + b
    def g():
        return local
    return g
co = f.__code__
t(lambda: (co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
t(lambda: co.co_varnames)
t(lambda: co.co_cellvars)
t(lambda: co.co_freevars)
t(lambda: f(1, 2, 3, d=4).__code__.co_freevars)
t(lambda: co.co_nlocals)
t(lambda: co.co_filename.endswith('function_code.py'))
t(lambda: co.co_firstlineno)
t(lambda: bool(co.co_flags & 0x04), )
t(lambda: bool(co.co_flags & 0x08))
t(lambda: bool(co.co_flags & 0x20))
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
t(lambda: [bool(fn.__code__.co_flags & flag) for fn in (gen, coro, agen) for flag in (0x20, 0x80, 0x200)])
t(lambda: type(co).__name__)
t(lambda: type(co.co_code).__name__)
t(lambda: type(co.co_consts).__name__)
t(lambda: type(co.co_names).__name__)
t(lambda: 'a' in co.co_varnames)
c2 = co.replace(co_name='renamed')
t(lambda: (c2.co_name, co.co_name, c2 == co, c2.co_qualname))
t(lambda: co.replace(co_bogus=1))
t(lambda: co == f.__code__)
t(lambda: hash(co) == hash(f.__code__))
t(lambda: (lambda: 0).__code__.co_name)
t(lambda: compile('x', 'file.py', 'eval').co_name)
t(lambda: compile('x', 'file.py', 'eval').co_filename)
t(lambda: list(compile('a = 1\nb = 2', 'm', 'exec').co_names))
def linecheck():
    return 1
t(lambda: [ln for _, _, ln in linecheck.__code__.co_lines()][-1] - linecheck.__code__.co_firstlineno)
t(lambda: type(co.co_lines()).__name__ in ('generator', 'iterator', 'tuple_iterator', 'list_iterator', 'line_iterator'))
t(lambda: type(co.co_positions()).__name__ != '')
def two_lines():
    x = 1
    return x
t(lambda: sorted({ln for _, _, ln in two_lines.__code__.co_lines() if ln is not None}))
t(lambda: (lambda *a, **k: 0).__code__.co_varnames)
t(lambda: (lambda *, k: 0).__code__.co_kwonlyargcount)
