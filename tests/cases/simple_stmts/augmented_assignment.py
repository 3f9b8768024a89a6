# Augmented assignment: evaluation once, in-place vs rebinding, targets.
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
talias = tup
tup += (3,)
print(tup, talias)
calls = []
def idx():
    calls.append("idx")
    return 0
data = [10]
data[idx()] += 5
print(data, calls)
class Counter:
    def __init__(self): self.n = 0
c = Counter()
c.n += 1; c.n *= 10; c.n -= 3; c.n //= 2; c.n **= 2
print(c.n)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", [])
d["new"] += ["x"]
print(d)
s = "ab"
s *= 2
s += "!"
print(s)
f = 1.5
f /= 2; f %= 0.5; f += 1
print(f)
bits = 0b1010
bits |= 1; bits &= 0b1110; bits ^= 0b1; bits <<= 2; bits >>= 1
print(bin(bits))
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
try:
    undefined_var += 1
except NameError as e:
    print(type(e).__name__, e)
for text in ["a, b += 1", "[x] += [1]", "f() += 1", "(x) += 1"]:
    try:
        compile(text, "<case>", "exec")
        print(f"{text!r} compiles")
    except SyntaxError as e:
        print(f"{text!r}", e.msg)
