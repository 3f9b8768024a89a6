# is vs ==: identity of the same object, of copies, and of mutable defaults; mutation visible through aliases.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c)
b.append(3)
print(a, c)
t = (a, c)
a.append(4)
print(t)
x = None
print(x is None, x == None, type(None)() is None)
s1 = "".join(["ab", "c"])
print(s1 == "abc", type(s1).__name__)
d = {"k": []}
alias = d["k"]
alias.append("v")
print(d)
nested = [[0]] * 2
nested[0][0] = 1
print(nested, nested[0] is nested[1])
copy = [row[:] for row in nested]
copy[0][0] = 9
print(nested, copy)
