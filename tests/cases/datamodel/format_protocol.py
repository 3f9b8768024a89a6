# __format__ for builtin types through format(), f-strings and str.format, including subclasses and errors.
class Money(float):
    def __format__(self, spec):
        if spec.endswith("$"):
            return "$" + super().__format__(spec[:-1] or ".2f")
        return super().__format__(spec)
m = Money(1234.5)
print(f"{m:$}", f"{m:,.1f$}", f"{m:.3f}", format(m, "$"), "{:>12$}".format(m))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        return f"({self.x:{spec}}, {self.y:{spec}})"
print(f"{Point(1, 2.5):.2f}", f"{Point(3, 4):>3}", format(Point(1, 2), ""))
print(format(5, "x"), format("s", ">3"), format([1], ""), format(None, ""), format(True, ""), format(2.5, ""))
for value, spec in [([1], "x"), (None, "d"), ("s", "d"), (1.5, "d"), (1, "s"), (object(), "abc")]:
    try:
        format(value, spec)
    except (TypeError, ValueError) as e:
        print(type(value).__name__, repr(spec), type(e).__name__, e)
