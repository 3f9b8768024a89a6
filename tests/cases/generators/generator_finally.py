# try/finally and with blocks inside generators, and cleanup order.
class Resource:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
def reader():
    with Resource("file"):
        yield "line1"
        yield "line2"
for line in reader():
    print(line)
r = reader()
print(next(r))
r.close()
def breaker():
    try:
        for i in range(10):
            yield i
    finally:
        print("breaker finally")
for v in breaker():
    if v == 2:
        break
print("loop broken")
def nested():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
def yields_in_finally():
    try:
        yield 1
    finally:
        yield "from finally"
y = yields_in_finally()
print(next(y), next(y))
try:
    next(y)
except StopIteration:
    print("exhausted")
