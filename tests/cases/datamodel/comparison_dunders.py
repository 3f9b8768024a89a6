# Rich comparisons: reflection, __ne__ default, total ordering by hand.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __lt__(self, o):
        print("lt", self, o)
        return self.v < (o.v if isinstance(o, N) else o)
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, N) and self.v == o.v
print(N(1) < N(2))
print(N(3) > N(2))
print(5 > N(2))
print(N(1) == N(1), N(1) != N(1))
print(sorted([N(3), N(1), N(2)]))
try:
    N(1) <= N(2)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(N):
    def __gt__(self, o):
        print("Sub.gt", self, o)
        return True
print(N(1) < Sub(0))
class Weird:
    def __eq__(self, o): return "truthy string"
    def __hash__(self): return 1
print(Weird() == 1, [Weird()] == [1], Weird() in [1])
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
x = NeOnly()
print(x == x)
print(max(N(2), N(5), N(3)), min([N(4), N(1)]))
