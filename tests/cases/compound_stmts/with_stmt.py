# with statement: multiple managers, exits in reverse order, exception info and suppression.
class Log:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
with Log("a") as a, Log("b") as b:
    print("body", a.name, b.name)
with Log("outer", swallow=True):
    with Log("inner"):
        raise ValueError("boom")
print("continued")
with Log("target") as (x):
    print(x.name)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Pair() as (p, q):
    print(p, q)
store = {}
with Pair() as store["k"]:
    pass
print(store)
def with_return():
    with Log("ret"):
        return "value"
print(with_return())
class Enter_Fails:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Log("first"), Enter_Fails():
        print("never")
except RuntimeError as e:
    print("caught", e)
class TruthyExit:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with TruthyExit():
    raise KeyError("suppressed by truthy 1")
print("after truthy suppression")
with (Log("p1"), Log("p2"),):
    pass
with Log("as-less") if True else None:
    pass
