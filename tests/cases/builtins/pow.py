# pow(): int/float/complex powers, 3-argument modular form incl. negative exponents (modular inverse), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: pow(2, 10))
t(lambda: pow(2, -1))
t(lambda: pow(-2, 3))
t(lambda: pow(0, 0))
t(lambda: pow(2, 100))
t(lambda: pow(2.0, 0.5))
t(lambda: pow(-8, 1 / 3))
t(lambda: pow(-1, 0.5))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1))
try:
    pow(10.0, 400)
except OverflowError as e:
    # the message carries the platform's errno text, so only the type is checked
    print(type(e).__name__)
t(lambda: pow(1j, 2))
t(lambda: pow(0j, -1))
t(lambda: pow(3, 4, 5))
t(lambda: pow(3, 200, 1000))
t(lambda: pow(-3, 3, 7))
t(lambda: pow(3, 3, -7))
t(lambda: pow(3, -1, 7))
t(lambda: pow(38, -1, 97))
t(lambda: pow(2, -3, 11))
t(lambda: pow(2, -1, 4))
t(lambda: pow(3, 2, 0))
t(lambda: pow(3, 2, 1))
t(lambda: pow(3.0, 2, 5))
t(lambda: pow(3, 2.0, 5))
t(lambda: pow(3, 2, 5.0))
t(lambda: pow(2**100, 2**100, 10**9 + 7))
t(lambda: pow(base=2, exp=5))
t(lambda: pow(base=2, exp=5, mod=3))
t(lambda: pow(True, 2))
t(lambda: pow('2', 2))
t(lambda: pow(2))
class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other):
        return ('rpow', other)
t(lambda: pow(P(), 2))
t(lambda: pow(P(), 2, 3))
t(lambda: pow(2, P()))
t(lambda: pow(2, P(), 3))
