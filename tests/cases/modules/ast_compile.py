# compile() of node objects: hand-built trees, round trips, and the conversion and validation errors
import _ast

L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)

def M(*body):
    return _ast.Module(body=list(body), type_ignores=[])

def t(label, node, mode='exec'):
    try:
        compile(node, 'f', mode)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

tree = compile('print(sum(x * 2 for x in range(4)))', 'f', 'exec', _ast.PyCF_ONLY_AST)
exec(compile(tree, 'f', 'exec'))
print(eval(compile(compile('6 * 7', 'f', 'eval', _ast.PyCF_ONLY_AST), 'f', 'eval')))
call = _ast.Expr(_ast.Call(_ast.Name('print', _ast.Load(), **L), [_ast.Constant('built', **L)], [], **L), **L)
exec(compile(M(call), 'f', 'exec'))
print(compile(tree, 'f', 'exec', _ast.PyCF_ONLY_AST) is tree)
print(type(compile(tree, 'f', 'exec', _ast.PyCF_OPTIMIZED_AST)).__name__)

t('name', M(_ast.Expr(_ast.Name('x', _ast.Load(), **L), **L)))
t('no lineno', M(_ast.Expr(_ast.Name('x', _ast.Load()), **L)))
t('None operand', M(_ast.Expr(_ast.BinOp(_ast.Name('x', _ast.Load(), **L), _ast.Add(), None, **L), **L)))
t('missing value', M(_ast.Expr(**L)))
t('int identifier', M(_ast.Expr(_ast.Name(42, _ast.Load(), **L), **L)))
t('del context', M(_ast.Expr(_ast.Name('x', _ast.Del(), **L), **L)))
t('empty body', M(_ast.FunctionDef('f', _ast.arguments(), [], **L)))
m = _ast.Module(body=[])
del m.body
t('missing list', m)
t('tuple body', _ast.Module(body=(1,)))
t('wrong mode', _ast.Expression(_ast.Name('x', _ast.Load(), **L)), 'exec')
t('not a node', 42)
t('bad lineno', M(_ast.Expr(_ast.Name('x', _ast.Load(), **L), lineno='a', col_offset=0)))
t('bad context', M(_ast.Expr(_ast.Name('x', 5, **L), **L)))
t('alias position', M(_ast.Import([_ast.alias('x')], **L)))
t('negative level', M(_ast.ImportFrom('x', [_ast.alias('y', **L)], -1, **L)))
t('None element', M(_ast.Expr(_ast.List([None], _ast.Load(), **L), **L)))
t('None name', M(_ast.Expr(_ast.Name('None', _ast.Load(), **L), **L)))
t('line range', M(_ast.Expr(_ast.Constant(1, lineno=2, col_offset=0, end_lineno=1, end_col_offset=0), **L)))
t('column range', M(_ast.Expr(_ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=2), **L)))
t('big lineno', M(_ast.Expr(_ast.Name('x', _ast.Load(), **L), lineno=2**40, col_offset=0)))
t('list constant', M(_ast.Expr(_ast.Constant([1], **L), **L)))
t('store constant', M(_ast.Assign([_ast.Constant(1, **L)], _ast.Constant(2, **L), **L)))
t('empty targets', M(_ast.Assign([], _ast.Constant(2, **L), **L)))
t('boolop', M(_ast.Expr(_ast.BoolOp(_ast.And(), [_ast.Name('a', _ast.Load(), **L)], **L), **L)))
t('compare', M(_ast.Expr(_ast.Compare(_ast.Name('a', _ast.Load(), **L), [_ast.Eq()], [], **L), **L)))
t('dict', M(_ast.Expr(_ast.Dict([None], [], **L), **L)))
t('raise cause', M(_ast.Raise(None, _ast.Name('a', _ast.Load(), **L), **L)))
t('try', M(_ast.Try([_ast.Pass(**L)], [], [], [], **L)))
t('annassign', M(_ast.AnnAssign(_ast.Attribute(_ast.Name('a', _ast.Load(), **L), 'b', _ast.Store(), **L),
                                 _ast.Name('int', _ast.Load(), **L), None, 1, **L)))
t('comprehension', M(_ast.Expr(_ast.ListComp(_ast.Name('a', _ast.Load(), **L), [], **L), **L)))
t('expr kind', M(_ast.Expr(_ast.Pass(**L), **L)))
t('stmt kind', M(_ast.Name('x', _ast.Load(), **L)))
t('defaults', M(_ast.FunctionDef('f', _ast.arguments(defaults=[_ast.Constant(1, **L)]), [_ast.Pass(**L)], **L)))
t('string tag', _ast.Module(body=[], type_ignores=[_ast.TypeIgnore(1, 5)]))
