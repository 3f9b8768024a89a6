# types.UnionType attributes (__module__ from the type), errors, equality and hashing of nested and None unions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
u = int | str
t(lambda: u.__module__)
t(lambda: u.foo)
t(lambda: u.__doc__[:20])
t(lambda: u.__class__)
t(lambda: u.__reduce__())
t(lambda: u.__mro_entries__(()))
def sub():
    class X(int | str): pass
t(sub)
t(lambda: setattr(u, 'x', 1))
t(lambda: u.__args__ is u.__args__)
t(lambda: u.__typing_unpacked_tuple_args__)
t(lambda: type(u).__mro__)
t(lambda: type(u)(int))
t(lambda: copy_like())
def copy_like():
    return (u.__copy__ if hasattr(u, '__copy__') else 'no copy')
t(lambda: int | str | list[int] | None)
t(lambda: (int | None) | (str | None))
t(lambda: repr(int | type(None)))
t(lambda: (None | type(None)))
t(lambda: type(None) | None)
t(lambda: int | float == float | int)
t(lambda: {int | str, str | int})
t(lambda: (int|str) != (int|str))
t(lambda: (int|str) == (int|str|int))
t(lambda: (list[int] | list[int]).__args__ if isinstance(list[int] | list[int], type(u)) else list[int] | list[int])
