# int methods: bit_length, bit_count, as_integer_ratio, is_integer, conjugate, numerator/denominator/real/imag, __index__ etc.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in (0, 1, -1, 7, -8, 255, 2**63, -(2**100), 12345678901234567890):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate())
t(lambda: (5).numerator)
t(lambda: (5).denominator)
t(lambda: (5).real)
t(lambda: (5).imag)
t(lambda: (-5).__index__())
t(lambda: (7).__trunc__())
t(lambda: (7).__floor__())
t(lambda: (7).__ceil__())
t(lambda: (7).__round__())
t(lambda: (1234).__round__(-2))
t(lambda: (7).__float__())
t(lambda: (7).__int__())
t(lambda: (7).__bool__())
t(lambda: (0).__bool__())
t(lambda: (7).__neg__())
t(lambda: (7).__pos__())
t(lambda: (7).__invert__())
t(lambda: (7).__abs__())
t(lambda: (7).__add__(1.0))
t(lambda: (7).__radd__(3))
t(lambda: (7).__truediv__(2))
t(lambda: (7).__getnewargs__())
t(lambda: (7).__format__('04d'))
t(lambda: int.bit_length('x'))
t(lambda: (1).bit_length(1))
t(lambda: type(True.as_integer_ratio()[0]).__name__)
t(lambda: True.bit_length())
t(lambda: type((3).conjugate()).__name__)
class MyInt(int):
    pass
t(lambda: type(MyInt(3).numerator).__name__)
t(lambda: type(MyInt(3).real).__name__)
t(lambda: type(+MyInt(3)).__name__)
