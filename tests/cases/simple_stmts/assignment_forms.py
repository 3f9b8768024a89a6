# Assignment statement forms: chained, tuple, starred, attribute, subscript, slice targets.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
m, *n, o = 1, 2
print(m, n, o)
class Obj: pass
obj = Obj()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 7
print(lst)
lst[1:] = "xy"
print(lst)
d = {}
d["k"] = d["j"] = 0
print(d)
i = 0
values = [10, 20]
i, values[i] = 1, 99
print(i, values)
t = 1,
print(t)
[u] = [42]
print(u)
(v) = 5
print(v)
w = z = w2 = "chain"
print(w, z, w2)
a, b = b, a = 1, 2
print(a, b)
k = [1, 2, 3]
k[k[0]] = "index via self"
print(k)
e1, e2 = "ab"
e3, e4 = {"x": 1, "y": 2}
print(e1, e2, e3, e4)
