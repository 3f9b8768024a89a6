# None, NotImplemented and Ellipsis: types, reprs, truthiness, constructors of their types, comparisons, hashing equality, attributes errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
t(lambda: (NoneType.__name__, NotImplementedType.__name__, EllipsisType.__name__))
t(lambda: NoneType() is None)
t(lambda: NotImplementedType() is NotImplemented)
t(lambda: EllipsisType() is ...)
t(lambda: NoneType(1))
t(lambda: EllipsisType(x=1))
t(lambda: (repr(None), str(None), repr(NotImplemented), repr(...), str(Ellipsis)))
t(lambda: (bool(None), bool(...)))
t(lambda: bool(NotImplemented))
t(lambda: None == None)
t(lambda: None == 0)
t(lambda: None < None)
t(lambda: None < 1)
t(lambda: ... == Ellipsis)
t(lambda: hash(None) == hash(None))
t(lambda: None.__eq__(None))
t(lambda: None.__eq__(1))
t(lambda: None.__bool__())
t(lambda: None.x)
t(lambda: setattr(None, 'x', 1))
none_value = None
t(lambda: none_value())
t(lambda: none_value[0])
t(lambda: len(None))
ellipsis_value = ...
t(lambda: ellipsis_value[0])
t(lambda: None + 1)
t(lambda: NoneType.__new__(NoneType))
class WithEq:
    def __eq__(self, other):
        return NotImplemented
t(lambda: WithEq() == WithEq())
t(lambda: WithEq() != 1)
t(lambda: (1).__add__('x'))
t(lambda: 'x'.__mul__('y'))
t(lambda: NotImplemented.__reduce__())
t(lambda: Ellipsis.__reduce__())
t(lambda: type(None).__bool__(None))
t(lambda: None.__repr__())
t(lambda: None.__class__)
t(lambda: [None, ..., NotImplemented])
t(lambda: isinstance(None, object))
t(lambda: format(None, ''))
t(lambda: f'{None!r:>6}')
