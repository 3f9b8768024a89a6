# del statement targets: names, attributes, subscripts, slices, lists of targets.
a = 1
b = [1, 2, 3, 4, 5, 6]
c = {"x": 1, "y": 2}
del a
print("a" in dir())
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c["x"], c["y"]
print(c)
class K:
    x = 1
    y = 2
del K.x
print(hasattr(K, "x"))
k = K()
k.z = 3
del (k.z)
print(vars(k))
p, q = 1, 2
del p, q
print("p" in dir(), "q" in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    del [1, 2][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del "abc"[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1,)[0]
except TypeError as e:
    print(type(e).__name__, e)
class Dels:
    def __delitem__(self, key):
        print("__delitem__", key)
    def __delattr__(self, name):
        print("__delattr__", name)
dd = Dels()
del dd[1:2, 3], dd.attr
for text in ["del f()", "del 1", "del (a + b)", "del *a"]:
    try:
        compile(text, "<case>", "exec")
    except SyntaxError as e:
        print(f"{text!r}", e.msg)
