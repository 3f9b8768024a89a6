# _ast node constructors (3.13+ rules), repr, __reduce__ and __replace__
import _ast
import sys

def show(label, f):
    # The DeprecationWarnings go to stderr, each after its line of output.
    try:
        r = f()
    except Exception as e:
        r = f'{type(e).__name__}: {e}'
    print(label, r if isinstance(r, str) else sorted(r.__dict__.items()) if hasattr(r, '__dict__') else r)
    sys.stdout.flush()

show('Name', lambda: _ast.Name('x'))
show('Name ctx', lambda: _ast.Name('x', _ast.Store()))
show('Name kw', lambda: _ast.Name(id='y', lineno=3, col_offset=1))
show('Name unknown kw', lambda: _ast.Name('x', foo=1))
show('Name too many', lambda: _ast.Name('x', _ast.Load(), 3))
show('Name twice', lambda: _ast.Name('x', id='y'))
show('Constant', lambda: _ast.Constant())
show('Constant 1', lambda: _ast.Constant(1))
show('FunctionDef', lambda: _ast.FunctionDef('f', _ast.arguments()))
show('arguments', lambda: _ast.arguments())
show('Dict', lambda: _ast.Dict())
show('ImportFrom', lambda: _ast.ImportFrom(names=[]))
show('Return', lambda: _ast.Return())
show('Pass', lambda: _ast.Pass())
show('AST', lambda: _ast.AST())
show('AST positional', lambda: _ast.AST(1))
show('Load new', lambda: _ast.Load() is _ast.Load())

class Custom(_ast.AST):
    _fields = ('a', 'b')
show('custom', lambda: Custom(1, 2))
print(repr(Custom(1, 2)))

print(repr(_ast.Name('x')))
print(repr(_ast.List(elts=[])), repr(_ast.Module(body=[])))
print(repr(_ast.Constant(value=[1] * 20)))
tree = compile('x + 1\n[a, b, c, d]\nf(*g, **h)\n', 'f', 'exec', _ast.PyCF_ONLY_AST)
print(repr(tree))
for stmt in tree.body:
    print(repr(stmt))
n = tree.body[0]
print(n.__reduce__())
m = n.__replace__(lineno=9)
print(sorted(m.__dict__.items()), m.value is n.value)
show('replace unknown', lambda: n.__replace__(foo=1))
show('replace positional', lambda: n.__replace__(1))
r = _ast.Return.__new__(_ast.Return)
print(sorted(r.__replace__().__dict__.items()))
show('replace missing', lambda: _ast.Module.__new__(_ast.Module).__replace__())
n2 = _ast.Name('x')
n2.ctx = None
print(repr(n2))
