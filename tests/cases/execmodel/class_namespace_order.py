# Class bodies execute top to bottom; later definitions replace earlier ones and see earlier names.
class C:
    trace = []
    trace.append("start")
    x = 1
    trace.append(f"x={x}")
    def method(self):
        return "first"
    trace.append(f"method defined: {method.__name__}")
    def method(self):
        return "second"
    x = x + 1
    trace.append(f"x={x}")
    del trace[0]
print(C.trace, C().method(), C.x)
print([k for k in C.__dict__ if not k.startswith("__")])
class D:
    if True:
        branch = "if branch"
    else:
        branch = "else branch"
    for i in range(3):
        pass
    try:
        risky = 1 / 0
    except ZeroDivisionError:
        risky = "caught in class body"
print(D.branch, D.i, D.risky)
