# UnionType (type(int | str)): __args__, repr, deduplication/flattening, equality ignoring order, isinstance/issubclass, | with None, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

U = type(int | str)
t(lambda: U.__name__)
t(lambda: int | str)
t(lambda: (int | str).__args__)
t(lambda: int | None)
t(lambda: None | int)
t(lambda: (int | None).__args__)
t(lambda: int | int)
t(lambda: type(int | int).__name__)
t(lambda: int | str | int)
t(lambda: (int | str) | (float | int))
t(lambda: (int | str) == (str | int))
t(lambda: (int | str) == (int | float))
t(lambda: hash(int | str) == hash(str | int))
t(lambda: isinstance(1, int | str))
t(lambda: isinstance(1.0, int | str))
t(lambda: isinstance(None, int | None))
t(lambda: issubclass(bool, int | str))
t(lambda: issubclass(float, int | str))
t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance([], int | list[int]))
t(lambda: int | 1)
t(lambda: 1 | int)
t(lambda: int | 'str')
t(lambda: (int | str)())
t(lambda: (int | str)[int])
t(lambda: list[int] | dict[str, int])
t(lambda: (list[int] | None).__args__)
t(lambda: (int | str).__parameters__)
t(lambda: type(int | str).__module__)
t(lambda: (int | str).__origin__)
t(lambda: repr(type(None) | int))
t(lambda: int | str == str | int)
class Meta(type):
    def __or__(cls, other):
        return 'Meta.__or__'
class M(metaclass=Meta):
    pass
t(lambda: M | int)
t(lambda: int | M)
