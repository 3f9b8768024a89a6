# Function definitions: defaults (evaluated once), kw-only, pos-only, *args/**kwargs, attributes.
def defaults(a, b=[], c={}):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
counter = 0
def default_time():
    global counter
    counter += 1
    return counter
def uses(d=default_time()):
    return d
print(uses(), uses(), counter)
def signature(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(signature(1, d=4))
print(signature(1, 2, 3, 4, 5, d=6, f=7))
print(signature.__defaults__, signature.__kwdefaults__)
print(signature.__code__.co_argcount, signature.__code__.co_posonlyargcount, signature.__code__.co_kwonlyargcount)
print(signature.__code__.co_varnames[:8])
def annotated(x: int, *, y: str = "s") -> bool:
    return True
print(annotated.__annotations__, annotated.__name__, annotated.__qualname__, annotated.__module__)
def f(): pass
f.custom = "attribute"
print(f.custom, f.__dict__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
def doc():
    "the doc"
print(doc.__doc__)
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20))
for src in ["def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(**k, a): pass", "def f(*a, *b): pass", "def f(/, a): pass"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(f"{src:24}", e.msg)
def kw_default_order(*, a=1, b):
    return a, b
print(kw_default_order(b=2))
