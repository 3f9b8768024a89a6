# Unary -, +, ~ and not on every numeric type, with dunders and errors.
for v in [0, 5, -5, 2 ** 70, 0.0, -0.0, 2.5, 1j, -1j, True, False]:
    row = [repr(-v), repr(+v)]
    if isinstance(v, int) and not isinstance(v, bool):
        row.append(repr(~v))
    row.append(repr(not v))
    print(repr(v), row)
print(- - -1, + + +1, ~~5, not not 0, -(-(2)))
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
print(-U(), +U(), ~U(), not U())
for expr in ["-'s'", "+[]", "~1.0", "~1j", "-None", "+{}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr:6}", type(e).__name__, e)
