# numeric special methods: reflected ops, in-place fallback to binary op, __index__ use in slicing/bin/range, __int__/__float__/__complex__ conversions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'N({self.v})'
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        return N(o + self.v) if not isinstance(o, str) else NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __neg__(self):
        return N(-self.v)
    def __index__(self):
        return self.v
t(lambda: N(1) + N(2))
t(lambda: N(1) + 5)
t(lambda: 5 + N(1))
t(lambda: 'a' + N(1))
t(lambda: N(1) * 2)
t(lambda: 2 * N(1))
t(lambda: -N(3))
t(lambda: +N(3))
x = N(1)
y = x
x += 10
t(lambda: (x, y, x is y))
t(lambda: [0, 1, 2, 3, 4][N(1):N(3)])
t(lambda: bin(N(5)))
t(lambda: list(range(N(3))))
t(lambda: 'ab' * N(2))
t(lambda: int(N(4)))
t(lambda: float(N(4)))
t(lambda: complex(N(4)))
t(lambda: round(N(4)))
t(lambda: operator_index_like(N(7)) if False else hex(N(255)))
class InPlace:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return 'binary add'
ip = InPlace()
ip2 = ip
ip += 1
ip += 2
t(lambda: (ip.items, ip is ip2))
t(lambda: ip + 1)
class IAddReturnsNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to add'
z = IAddReturnsNI()
z += 1
t(lambda: z)
class Pow:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o, mod=None):
        return ('rpow', o, mod)
t(lambda: Pow() ** 2)
t(lambda: 2 ** Pow())
t(lambda: pow(Pow(), 2, 5))
class Div:
    def __truediv__(self, o):
        return 'truediv'
    def __floordiv__(self, o):
        return 'floordiv'
    def __rtruediv__(self, o):
        return 'rtruediv'
    def __divmod__(self, o):
        return 'divmod'
    def __matmul__(self, o):
        return 'matmul'
    def __rmatmul__(self, o):
        return 'rmatmul'
t(lambda: Div() / 1)
t(lambda: Div() // 1)
t(lambda: 1 / Div())
t(lambda: 1 // Div())
t(lambda: divmod(Div(), 1))
t(lambda: Div() @ 1)
t(lambda: 1 @ Div())
t(lambda: 1 @ 2)
class Sub(int):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
t(lambda: 1 + Sub(2))
t(lambda: Sub(2) + 1)
