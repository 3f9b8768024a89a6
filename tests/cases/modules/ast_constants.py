# compile() of Constant nodes holding tuples and frozensets (never made by the parser)
import _ast as a
L = dict(lineno=1, col_offset=0)
def ev(v):
    try:
        r = eval(compile(a.Expression(a.Constant(v, **L)), 'f', 'eval'))
        print(type(r).__name__, r == v)
    except Exception as e: print(type(e).__name__, e)
ev((1, 'a', (2.5, None), b'x'))
ev(())
ev((1,))
ev(frozenset({1}))
ev(frozenset())
ev((1, [2]))
ev(frozenset({(1, 2)}))
t = compile(a.Expression(a.Constant((1, (2,)), **L)), 'f', 'eval', a.PyCF_ONLY_AST)
print(repr(t), t.body.value)
def f():
    return (1, 2)
m = a.Module([a.Return(a.Constant((1, 2), **L), **L)])
fn = a.FunctionDef('g', a.arguments(), [a.Return(a.Constant((1, 2), lineno=2, col_offset=4), lineno=2, col_offset=0)], lineno=1, col_offset=0)
ns = {}
exec(compile(a.Module([fn]), 'f', 'exec'), ns)
print(ns['g'](), ns['g'].__code__.co_consts)
