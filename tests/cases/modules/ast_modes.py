# compile() of node objects: modes, type comments, top-level await, and the constants a tree can carry
import _ast
exec(compile(compile('1+1', 'f', 'single', _ast.PyCF_ONLY_AST), 'f', 'single'))
t = compile('def f(a, # type: int\n  b):\n  # type: (...) -> None\n  pass\nfor x in y:  # type: int\n  pass\n', 'f', 'exec', _ast.PyCF_ONLY_AST | _ast.PyCF_TYPE_COMMENTS)
f = t.body[0]
print(f.type_comment, f.args.args[0].type_comment, t.body[1].type_comment)
c = compile(compile('await x', 'f', 'exec', _ast.PyCF_ONLY_AST), 'f', 'exec', _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(hex(c.co_flags))
try: compile(compile('await x', 'f', 'exec', _ast.PyCF_ONLY_AST), 'f', 'exec')
except SyntaxError as e: print('SyntaxError', e.msg, e.lineno, e.offset, e.text)
m = _ast.Module(body=[_ast.Expr(_ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[_ast.TypeIgnore(1, 'x')])
print(type(compile(m, 'f', 'exec')).__name__)
import _ast as a
print(repr(compile('x: int = 1', 'f', 'exec', a.PyCF_ONLY_AST).body[0]))
s = compile('x = "a\\ud800b" + "\\U0001F600"', 'f', 'exec', a.PyCF_ONLY_AST)
v = s.body[0].value
print(ascii(v.left.value), ascii(v.right.value), v.right.end_col_offset)
print(eval(compile(_ast.Expression(_ast.Constant('\ud800', lineno=1, col_offset=0)), 'f', 'eval')) == '\ud800')
print(eval(compile(_ast.Expression(_ast.Constant(2**100, lineno=1, col_offset=0)), 'f', 'eval')))
print(eval(compile(_ast.Expression(_ast.Constant(-0.0, lineno=1, col_offset=0)), 'f', 'eval')))
print(eval(compile(_ast.Expression(_ast.Constant(3j, lineno=1, col_offset=0)), 'f', 'eval')))
print(eval(compile(_ast.Expression(_ast.Constant(..., lineno=1, col_offset=0)), 'f', 'eval')))
class S(str): pass
try: compile(_ast.Expression(_ast.Constant(S('a'), lineno=1, col_offset=0)), 'f', 'eval')
except TypeError as e: print(e)
try: compile(_ast.Expression(_ast.Name(S('a'), _ast.Load(), lineno=1, col_offset=0)), 'f', 'eval')
except TypeError as e: print(e)
print(eval(compile(_ast.Expression(_ast.Constant(True, lineno=1, col_offset=0)), 'f', 'eval')))
