# TypeError messages for bad calls.
def f(a, b, c=3):
    pass
def kw(*, x):
    pass
def po(a, /):
    pass
def star(*args, key):
    pass
class C:
    def m(self, a):
        pass
tests = [
    "f()", "f(1)", "f(1, 2, 3, 4)", "f(1, 2, d=4)", "f(1, a=1, b=2)",
    "kw()", "kw(1)", "kw(x=1, y=2)", "po(a=1)", "po()", "star(1, 2)", "C().m()", "C().m(1, 2)",
    "C.m()", "f(*1)", "f(**1)", "f(**{1: 2})", "f(1, **{'a': 2})", "len()", "len(1, 2)",
    "len(obj=1)", "int(x=1)", "dict(1, 2)", "abs()", "sorted([], 1)", "isinstance(1)",
    "getattr()", "max()", "range()", "range(1, 2, 3, 4)", "(lambda a, b: 0)(1)", "print(end=1)",
]
for t in tests:
    try:
        eval(t)
        print(f"{t:25} no error")
    except TypeError as e:
        print(f"{t:25} {e}")
def many(a, b, c, d):
    pass
for t in ["many()", "many(1)", "many(1, 2)", "many(1, 2, 3)"]:
    try:
        eval(t)
    except TypeError as e:
        print(f"{t:25} {e}")
def kwmany(*, a, b, c):
    pass
try:
    kwmany()
except TypeError as e:
    print(e)
def mixed(a, b=1, *, c, d=2):
    pass
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(e)
try:
    mixed(1, 2, 3, 4, c=1)
except TypeError as e:
    print(e)
