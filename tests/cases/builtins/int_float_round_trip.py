# int()/float()/str()/repr() round trips: large ints through float, float -> int truncation, str(float) parsing back, repr of int subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in (0, 1, -1, 2**52, 2**53, 2**53 + 1, 2**63 - 1, 2**64, 10**17 + 1, -(10**18) - 1):
    print(n, float(n), int(float(n)), int(float(n)) == n)
for x in (0.5, -0.5, 1.999999, -1.999999, 1e18, 1.5e300, 123.456):
    print(repr(x), int(x), float(repr(x)) == x, float(str(x)) == x)
t(lambda: int(1e308))
t(lambda: int(-1e308) < 0)
t(lambda: len(str(int(1e308))))
t(lambda: float(int('9' * 20)))
t(lambda: float(2**1023 * 2 - 1))
t(lambda: float(2**1024 - 2**970))
t(lambda: float(2**1024 - 2**969))
t(lambda: int(str(2**200)) == 2**200)
t(lambda: int(repr(-12345678901234567890)))
class MyInt(int):
    pass
class MyFloat(float):
    pass
t(lambda: repr(MyInt(5)))
t(lambda: str(MyFloat(1.5)))
t(lambda: int(MyFloat(2.9)))
t(lambda: float(MyInt(3)))
t(lambda: type(int(MyInt(3))).__name__)
t(lambda: type(float(MyFloat(3))).__name__)
t(lambda: MyInt(5) + MyInt(6))
t(lambda: type(MyInt(5) + MyInt(6)).__name__)
t(lambda: type(-MyInt(5)).__name__)
t(lambda: type(abs(MyFloat(-1.0))).__name__)
