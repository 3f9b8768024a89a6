# `f(**m)`: a dict (or a dict subclass keeping dict's __iter__) is merged
# without looking up `keys`; anything else needs `keys`; the callable's
# name is looked up only to report an error.
class KeysHidden(dict):
    keys = None


def f(**kw):
    return sorted(kw.items())


print(f(**KeysHidden(a=1, b=2)))


class Mapping:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k * 2


print(f(**Mapping()))

for bad in (3, [("a", 1)], None):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    f(**KeysHidden(a=1), **{"a": 2})
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __getattr__(self, name):
        print("looked up", name)
        raise AttributeError(name)

    def __call__(self, **kw):
        return kw

    def __repr__(self):
        return "<Loud>"


print(Loud()(**{"q": 1}, **{"r": 2}))
try:
    Loud()(**{"q": 1}, **{"q": 2})
except TypeError as e:
    print("TypeError:", e)
