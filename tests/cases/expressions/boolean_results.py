# Types of results: comparisons give bool, and/or give operands, not gives bool, and bool arithmetic gives int.
values = [1 < 2, 1 == 1.0, "a" in "abc", [] is [], 0 or 5, 3 and "", not [], True + 1, True & True, True * 1.5]
print([(v, type(v).__name__) for v in values])
print(isinstance(True, int), int(True), str(True), repr(False), f"{True:d}", f"{False!r}", bool("False"))
print(True == 1, hash(True) == hash(1), {True: "t", 1: "one"})
print(sum([True, True, False]), [True] * 2, True.real, True.imag, True.numerator, True.bit_length())
