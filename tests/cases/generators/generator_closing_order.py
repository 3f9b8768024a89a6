# Closing a generator suspended in nested try/finally and with blocks runs cleanup innermost first.
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name)
    def __exit__(self, *a): print("exit", self.name, a[0].__name__ if a[0] else None)
def nested():
    with CM("outer"):
        try:
            with CM("inner"):
                try:
                    yield "suspended"
                finally:
                    print("innermost finally")
        finally:
            print("middle finally")
g = nested()
print(next(g))
g.close()
print("closed")
def loop_with_cleanup():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
lc = loop_with_cleanup()
print(next(lc), next(lc))
lc.close()
