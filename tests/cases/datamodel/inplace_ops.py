# In-place operators: __iadd__ and friends, fallback to binary ops, returning a new object.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return "isub result"
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "mul fallback"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a -= 1
print(a)
c = Acc()
c *= 2
print(c)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
s = "a"
s *= 3
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
class All:
    def __repr__(self): return "All"
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    ns = {"v": All()}
    try:
        exec(f"v {op} 1", ns)
    except TypeError as e:
        print(op, type(e).__name__, e)
