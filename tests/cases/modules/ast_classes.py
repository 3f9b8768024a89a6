# _ast node classes: bases, _fields, _attributes, _field_types, docs, class defaults
import _ast

for name in ['AST', 'mod', 'Module', 'Expression', 'stmt', 'FunctionDef', 'ImportFrom', 'Pass',
             'expr', 'BinOp', 'Dict', 'Constant', 'Name', 'expr_context', 'Load', 'operator', 'Add',
             'comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case',
             'pattern', 'MatchAs', 'type_ignore', 'TypeIgnore', 'type_param', 'TypeVar',
             'excepthandler', 'ExceptHandler', 'Interpolation', 'TemplateStr']:
    cls = getattr(_ast, name)
    print(name, cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__bases__])
    print('  _fields', cls._fields, cls.__match_args__)
    print('  _attributes', cls._attributes)
    print('  own', [k for k in cls.__dict__ if k not in ('__doc__',)])
    print('  _field_types', cls.__dict__.get('_field_types'))
    print('  doc', repr(cls.__doc__))
print(_ast.FunctionDef.returns, _ast.FunctionDef.type_comment, _ast.expr.end_lineno, _ast.arg.end_col_offset)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, _ast.PyCF_OPTIMIZED_AST)
print(type(_ast.AST), _ast.AST.__name__, _ast.AST.__module__, repr(_ast.AST()))
print(issubclass(_ast.BinOp, _ast.AST), isinstance(_ast.Load(), _ast.expr_context))
