# Lambdas inside conditional expressions, comprehensions and default arguments.
op = lambda kind: (lambda a, b: a + b) if kind == "add" else (lambda a, b: a * b)
print(op("add")(2, 3), op("mul")(2, 3))
funcs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in funcs])
key = (lambda s: s[-1]) if True else None
print(sorted(["ab", "ca", "bc"], key=key))
adders = {name: (lambda v, k=k: v + k) for name, k in [("one", 1), ("ten", 10)]}
print(adders["one"](5), adders["ten"](5))
pick = lambda *a, **k: (a[-1] if a else None, sorted(k))
print(pick(1, 2, x=1, a=2), pick())
y = 3
print((lambda: y)(), (lambda y=y: y)(), (lambda: (lambda: y)())())
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
