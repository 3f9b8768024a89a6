# float methods: is_integer, as_integer_ratio, conjugate, real/imag, __trunc__/__floor__/__ceil__/__round__, __getformat__, from_number
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 1e20, 1e300, 5e-324):
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
t(lambda: float('inf').is_integer())
t(lambda: float('nan').is_integer())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
for x in (2.5, -2.5, 3.5, -0.5, 1e20):
    print(repr(x), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(0), x.__round__(-1))
t(lambda: float('inf').__floor__())
t(lambda: float('nan').__ceil__())
t(lambda: (2.5).__round__(None))
t(lambda: float.__getformat__('double'))
t(lambda: float.__getformat__('float'))
t(lambda: float.__getformat__('int'))
t(lambda: float.from_number(5))
t(lambda: float.from_number(2.5))
t(lambda: float.from_number('1.5'))
t(lambda: (1.5).__getnewargs__())
t(lambda: (1.5).__int__())
t(lambda: (1.5).__bool__())
t(lambda: (0.0).__bool__())
t(lambda: (-1.5).__abs__())
t(lambda: (1.5).__neg__())
t(lambda: (7.0).__divmod__(2))
t(lambda: (7.0).__rmod__(2))
t(lambda: (2.0).__pow__(0.5))
t(lambda: (2.0).__add__('x'))
t(lambda: (2.0).__eq__(2))
t(lambda: (2.0).__lt__(3))
t(lambda: (2.0).__lt__('x'))
