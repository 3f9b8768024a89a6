# Subscriptions and slicing on sequences and mappings, with error messages.
s = "abcdefgh"
lst = list(range(10))
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[:-3], s[1:-1:3])
print(lst[2:8:2], lst[8:2:-2], lst[100:], lst[-100:2], lst[5:5], lst[::-3])
print(s[10:20], s[-100:100], (1, 2, 3)[1:], range(10)[2:8:3], b"bytes"[1:3])
lst2 = lst[:]
lst2[2:5] = ["x"]
print(lst2)
lst2[::3] = [0, 0, 0]
print(lst2)
try:
    lst2[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
lst3 = [1, 2, 3]
lst3[1:1] = [9, 9]
print(lst3)
lst3[-1:] = []
print(lst3)
d = {"a": 1, (1, 2): "tuple key", None: "none"}
print(d["a"], d[1, 2], d[None])
n, st = 5, {1}
for expr in ["s[100]", "lst[-11]", "(1,)[5]", "d['zz']", "s['x']", "lst[1.5]", "n[0]", "st[0]", "range(3)[3]", "s[None:1:0]"]:
    try:
        eval(expr)
    except (IndexError, KeyError, TypeError, ValueError) as e:
        print(f"{expr:12}", type(e).__name__, e)
nested = [[1, [2, 3]], {"k": [4, 5]}]
print(nested[0][1][0], nested[1]["k"][-1])
print("abc"[True], [10, 20][False])
t = (0, 1, 2, 3, 4)
print(t[::-1][1:3], t[-2::-2], t[1:4][::-1])
