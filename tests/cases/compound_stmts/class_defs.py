# Class definitions: bases, keywords, body execution, nested classes, namespaces.
print("before class")
class A:
    print("executing class body")
    x = 1
    def method(self):
        return "A.method"
print("after class")
class B(A):
    y = A.x + 1
b = B()
print(b.method(), b.x, B.y, B.__bases__[0].__name__, B.__name__)
class Empty:
    pass
class Empty2():
    pass
print(Empty.__bases__, Empty2.__bases__, object in Empty.__mro__)
class Outer:
    class Inner:
        value = "inner"
    ref = Inner.value
print(Outer.ref, Outer.Inner.__qualname__)
def make(name):
    class Dynamic:
        label = name
    return Dynamic
m1, m2 = make("one"), make("two")
print(m1.label, m2.label, m1 is not m2)
bases = (A,)
class FromTuple(*bases):
    pass
print(FromTuple().method())
class WithDoc:
    "doc string"
print(WithDoc.__doc__)
class Redefine:
    v = 1
    v = v + 1
    def f(self): return 1
    def f(self): return 2
print(Redefine.v, Redefine().f())
class Multi(int, A):
    pass
print(Multi(5) + 1, Multi(5).method())
class Kw(A, **{}):
    pass
print(Kw.__name__)
print(type(A).__name__, type(Empty()).__name__, isinstance(b, A))
for src in ["class C(x=1, 2): pass", "class C(**k, *a): pass"]:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(e.msg)
