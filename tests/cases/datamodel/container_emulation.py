# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Seq:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("getitem", key)
        if isinstance(key, int) and not 0 <= key < 3:
            raise IndexError(key)
        return self.data.get(key, key)
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("delitem", key)
    def __len__(self):
        return 3
s = Seq()
s[0] = "zero"
print(s[0], s[1:2], s["k"])
del s[5]
print(list(s))
print(2 in s, 7 in s)
print(list(reversed(s)))
s[1:3] = "ab"
class Contains:
    def __contains__(self, item):
        print("contains", item)
        return item == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class Iter:
    def __iter__(self):
        return iter([3, 1, 2])
print(sorted(Iter()), 1 in Iter(), max(Iter()))
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())), list(Rev()))
class D(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = D(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
