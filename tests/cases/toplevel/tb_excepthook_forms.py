# Tracebacks printed by sys.excepthook: carets and anchors (multi-line, wide characters, comments), notes, groups (nested, wide, chained), repeats, sys.tracebacklimit, suggestions, syntax errors.
import sys
def show(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
    print("-----", file=sys.stderr)

def multi():
    x = {"a": [1, 2]}
    return (x["a"][0] +
            x["b"])
show(multi)

def attr():
    class P:
        def __init__(self): self.name = 1
        def m(self): return self.nme
    P().m()
show(attr)

def ncall():
    def g(a, b):
        return a / b
    value = g(
        1,
        0,
    )
show(ncall)

def uni():
    ñame = {"é": 1}
    return ñame["ü"]
show(uni)

def wide():
    数据 = {}
    return 数据["键"]
show(wide)

def notes():
    e = ValueError("multi\nline")
    e.add_note("note one\nsecond")
    e.__notes__.append(42)
    raise e
show(notes)

def badstr():
    class E(Exception):
        def __str__(self): raise RuntimeError
    raise E()
show(badstr)

def nested_group():
    try:
        raise ValueError(1)
    except ValueError as v:
        eg = ExceptionGroup("outer", [v, ExceptionGroup("inner", [TypeError(2), KeyError(3)]), OSError(4)])
    raise eg
show(nested_group)

def wide_group():
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
show(wide_group)

def chain_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except ExceptionGroup as g:
        raise RuntimeError("after") from g
show(chain_group)

def ctx_in_group():
    def f():
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError("k")
    try:
        f()
    except KeyError as k:
        raise ExceptionGroup("g", [k])
show(ctx_in_group)

def attr_underscore():
    class Q:
        _private = 1
        public = 2
    Q()._privat
show(attr_underscore)

def name_builtin():
    return lenn([1])
show(name_builtin)

def name_self():
    class S:
        def __init__(self):
            self.blech = 1
        def m(self):
            return blech
    S().m()
show(name_self)

def empty_msg():
    raise ValueError()
show(empty_msg)

def syntax():
    compile("x = (1,\n  2", "fake.py", "exec")
show(syntax)

def syntax2():
    compile("a = 1 +* 2", "<string>", "exec")
show(syntax2)

def syntax3():
    exec("def f(:\n  pass")
show(syntax3)

def binops():
    a, b = 1, 0
    return a   //   b
show(binops)

def binops2():
    a, b = 1, "x"
    return a ** b
show(binops2)

def sub():
    d = [[1]]
    return d[0] [5]
show(sub)

def method_chain():
    s = "abc"
    return s.upper().lower().nothing()
show(method_chain)

def lam():
    f = lambda x: x.y
    return list(map(f, [1]))
show(lam)

def comment_in():
    x = [1]
    return (x  # comment
            [3])
show(comment_in)

def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)
show(lambda: rec(10))

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    if n == 0:
        raise ValueError
    return mutual_a(n - 1)
show(lambda: mutual_a(8))

def tb_limit():
    sys.tracebacklimit = 1
    try:
        rec(3)
    finally:
        del sys.tracebacklimit
show(tb_limit)

def import_err():
    from sys import getrecursionlimitt
show(import_err)

def whole_line_call():
    x = int("z")
show(whole_line_call)

def whole_return():
    return int("z")
show(whole_return)

def attr_on_call():
    value = int("1").bad
show(attr_on_call)

def long_lines():
    x = (
        1,
        2,
        3,
        4,
        None + 1,
        5,
    )
show(long_lines)
