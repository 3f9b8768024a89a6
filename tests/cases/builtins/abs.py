# abs(): ints, bools, floats incl. -0.0/inf/nan, complex, big ints, __abs__, and TypeError messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: abs(0))
t(lambda: abs(-5))
t(lambda: abs(5))
t(lambda: abs(True))
t(lambda: abs(False))
t(lambda: abs(-2**100))
t(lambda: abs(-1.5))
t(lambda: abs(-0.0))
t(lambda: abs(float('-inf')))
t(lambda: abs(float('nan')))
t(lambda: abs(3+4j))
t(lambda: abs(-3-4j))
t(lambda: abs(complex(float('inf'), float('nan'))))
t(lambda: abs(1e308+1e308j))
t(lambda: type(abs(True)).__name__)
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: abs([]))
t(lambda: abs())
t(lambda: abs(1, 2))

class A:
    def __abs__(self):
        return 'absolute'
t(lambda: abs(A()))

class B:
    pass
t(lambda: abs(B()))
