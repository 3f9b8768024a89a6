# compile(..., PyCF_ONLY_AST): the tree's nodes, fields and positions (UTF-8 byte columns)
import _ast

def walk(node, depth=0):
    if isinstance(node, _ast.AST):
        attrs = ''.join(f' {a}={getattr(node, a, "-")}' for a in node._attributes)
        print('  ' * depth + type(node).__name__ + attrs)
        for f in node._fields:
            value = getattr(node, f, None)
            if isinstance(value, (_ast.AST, list)):
                print('  ' * depth + ' .' + f)
                walk(value, depth + 1)
            else:
                print('  ' * depth + ' .' + f, repr(value))
    elif isinstance(node, list):
        for item in node:
            walk(item, depth)

src = '''\
"""doc"""
from . import a as b
async def f(x: int, /, y=1, *a, z, **k) -> None:
    async with g() as (h, i):
        await j
    return [k for k in l if k]
class C[T: int, *Ts, **P](B, metaclass=M):
    x: int = 0
    del y[1:2:3], z.w
match v:
    case [1, *rest] | {"k": 2, **kw} | Point(x=0) | None as w if w:
        pass
try:
    pass
except* E as e:
    raise X from e
s = f"é{v!r:>{w}}" + t"{x}" + b"\\x00" + 1j + 10**30 + ...
lambda a, *, b=2: (yield)
type A[T = int] = list[T]
'''
t = compile(src, 'f', 'exec', _ast.PyCF_ONLY_AST)
walk(t)
e = compile('a if b else c', 'f', 'eval', _ast.PyCF_ONLY_AST)
walk(e)
i = compile('x = 1', 'f', 'single', _ast.PyCF_ONLY_AST)
walk(i)
# The expression-context and operator nodes of a parse are shared instances.
t = compile('a + b + c; d = e', 'f', 'exec', _ast.PyCF_ONLY_AST)
b = t.body[0].value
print(b.op is b.left.op, b.left.left.ctx is b.right.ctx, t.body[1].targets[0].ctx is _ast.Store())
tc = compile('x = 1  # type: int\ny = 2  # type: ignore[x]\n', 'f', 'exec',
             _ast.PyCF_ONLY_AST | _ast.PyCF_TYPE_COMMENTS)
walk(tc)
o = compile('x = __debug__\n"%s" % (a,)', 'f', 'exec', _ast.PyCF_OPTIMIZED_AST)
print(type(o.body[0].value).__name__, o.body[0].value.value, type(o.body[1].value).__name__)
try:
    compile('1 +', 'f', 'exec', _ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
# Nodes the optimizer makes have no position: -1 everywhere.
o = compile('"%s-%r" % (a, b)', 'f', 'exec', _ast.PyCF_OPTIMIZED_AST)
part = o.body[0].value.values[1]
print(type(part).__name__, repr(part.value), part.lineno, part.col_offset, part.end_lineno, part.end_col_offset)
