# Carets for a failing binary operation inside a longer expression: the operator gets ^ and the operands ~
def compute(a, b, c):
    return a * 2 + (b - c) / len(str(c)) + a // (c - c)
print(compute(1, 2, 3) if False else "start")
compute(7, 4, 3)
