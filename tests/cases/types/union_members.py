# Unions holding unhashable or non-type members: | with anything on a union or type variable, equality, hash errors, dedup by ==
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
def f[T](): pass
T, = f.__type_params__
t(lambda: T | {})
t(lambda: T | [])
t(lambda: (T | []) == (T | []))
t(lambda: hash(T | []))
t(lambda: T | 1 | 1)
t(lambda: T | 1 | 1.0)
t(lambda: T | 1 | True)
t(lambda: (T | 1).__args__)
class Bad:
    def __eq__(self, o): raise ValueError('eq')
    def __hash__(self): return 1
t(lambda: T | Bad() | Bad())
t(lambda: type(int|str)[int, []])
t(lambda: type(int|str)[int, 1])
t(lambda: (int|str) | 1)
t(lambda: 1 | (int|str))
t(lambda: list[int] | 1)
t(lambda: (int|str) | [])
t(lambda: (int|str) | None)
t(lambda: type(int|str).__or__(int|str, 1))
t(lambda: (int | []) if False else ((int|str) | []) == (str | int | []))
