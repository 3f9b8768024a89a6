# The stdlib's ast module on _ast: parse, dump, unparse, literal_eval, walk, NodeTransformer, fix_missing_locations, compare, copy
import ast
t = ast.parse("x = [1, 2]\ndef f(a, *, b=2):\n    return a + b\n")
print(ast.dump(t, indent=1)[:300])
print(ast.unparse(t))
print(ast.literal_eval("{'a': (1, 2.5, -3j), 'b': [None, True]}"))
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 10)
        return node
t2 = ast.fix_missing_locations(T().visit(t))
ns = {}
exec(compile(t2, 'f', 'exec'), ns)
print(ns['x'], ns['f'](1))
print([type(n).__name__ for n in ast.walk(ast.parse('a.b(c)'))])
n = ast.parse('x + 1').body[0]
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=True)))
print(ast.dump(ast.parse('x = __debug__', optimize=1)))
print(ast.compare(ast.parse('x+1'), ast.parse('x + 1')))
import copy
n = ast.parse('x + 1').body[0]
print(ast.dump(copy.deepcopy(n), include_attributes=True), ast.dump(copy.copy(n)))
