# typing.Union (type(int | str)) subscripted, union attributes delegation, GenericAlias attribute delegation to the origin
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

U = type(int | str)
t(lambda: U[int, str])
t(lambda: U[int])
t(lambda: U[int, None])
t(lambda: U[()])
t(lambda: U[int, int, str])
t(lambda: (U, U.__module__, U.__qualname__))
t(lambda: (int | str).__name__)
t(lambda: hash(int | list[int]) == hash(list[int] | int))
t(lambda: {int | str: 1}[str | int])
t(lambda: isinstance(int | str, U))
t(lambda: isinstance(1, U))
t(lambda: issubclass(1, int | str))
t(lambda: str(int | None))
t(lambda: list[int] < list[int])
t(lambda: list[int].__doc__[:20])
t(lambda: list[int].__name__)
t(lambda: list[int].__module__)
t(lambda: list[int].__class__)
t(lambda: list[int].__bases__)
t(lambda: list[int].__eq__)
t(lambda: dict[str, int][int])
def g[T](x: T) -> dict[str, T]: pass
alias = g.__annotations__['return']
t(lambda: (alias, alias[int], alias.__parameters__))
t(lambda: (alias | None)[bytes])
t(lambda: [n for n in dir(list[int]) if n not in dir(list)])
t(lambda: list[int].__dir__)
t(lambda: (type(list[int]).__dir__.__doc__, type(list[int]).__dir__.__text_signature__))
t(lambda: [k for k in type(list[int]).__dict__ if not k.startswith('__') or k in ('__dir__', '__reduce__', '__origin__')])
