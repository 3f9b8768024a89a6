# and/or/not: short-circuit evaluation and returned operands.
def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", 1))
print(t("a", []) or t("b", 0) or t("c", "last"))
print(t("a", 1) and t("b", None) and t("c", 3))
print(not 0, not 1, not "", not [0], not None, not not "x")
print(1 and 2 or 3, 0 and 2 or 3, 0 or 1 and 0, not 1 or 2, not (1 or 2))
print([] or {}, "" and 1, 0.0 or 0j, None or False)
x = 5
print(x > 3 and x < 10, x < 3 or x == 5, not x == 5)
print(t("a", 0) or t("b", 1) and t("c", 2))
class Truthy:
    def __bool__(self):
        print("bool")
        return True
    def __repr__(self):
        return "Truthy"
print(Truthy() and "after")
print(Truthy() or "never")
print(not Truthy())
if Truthy() and Truthy():
    print("both")
