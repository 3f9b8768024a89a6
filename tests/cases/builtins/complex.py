# complex(): constructor from numbers, strings, __complex__/__float__/__index__, signed zeros, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: complex())
t(lambda: complex(1))
t(lambda: complex(1.5, -2))
t(lambda: complex(0, -0.0))
t(lambda: complex(-0.0, 0))
t(lambda: complex('1+2j'))
t(lambda: complex(' ( -1.5e3-2J ) '))
t(lambda: complex('j'))
t(lambda: complex('-j'))
t(lambda: complex('inf+nanj'))
t(lambda: complex('1_000+2_0j'))
t(lambda: complex('3'))
t(lambda: complex('1+2j', 1))
t(lambda: complex('1+ 2j'))
t(lambda: complex('abc'))
t(lambda: complex(''))
t(lambda: complex(None))
t(lambda: complex([1]))
t(lambda: complex(1, 'x'))
t(lambda: complex(real=2, imag=3))
t(lambda: complex(True, False))
t(lambda: complex(2**1000))
t(lambda: complex(10**400))

class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1
t(lambda: complex(C()))
t(lambda: complex(F()))
t(lambda: complex(I()))
t(lambda: complex(Bad()))
t(lambda: complex(F(), F()))
t(lambda: (1+2j).real)
t(lambda: (1+2j).imag)
t(lambda: complex(1, 2) == 1 + 2j)
t(lambda: complex(1e308, 1e308) * 10)
