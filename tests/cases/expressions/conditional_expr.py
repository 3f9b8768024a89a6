# Conditional expressions: evaluation order, nesting, precedence.
def t(name, v):
    print("eval", name)
    return v
print(t("yes", 1) if t("cond", True) else t("no", 2))
print(t("yes", 1) if t("cond", 0) else t("no", 2))
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
print(1 if True else 2 if False else 3, (1 if False else 2) if True else 3)
f = lambda n: "even" if n % 2 == 0 else "odd"
print([f(i) for i in range(4)])
print([i if i % 2 else -i for i in range(5)])
print([i for i in range(10) if i % 3 == 0 if i])
print(x + 1 if x else 0, (x + 1) if x else 0, x and 1 if x else 2)
print("a" if [] else "b", "c" if "0" else "d", None if None is None else 1)
y = 1 if x > 10 else 2 if x > 4 else 3
print(y)
print(*(["x"] if True else []), sep=",")
