# PEP 649/749 lazy annotations: __annotate__, __annotations__ evaluated on demand.
def f(x: UndefinedType) -> int:
    return x
print(type(f.__annotate__).__name__)
try:
    f.__annotations__
except NameError as e:
    print(type(e).__name__, e)
UndefinedType = str
print(f.__annotations__)
class C:
    a: int
    b: "forward ref"
    c: Later
Later = list
print(C.__annotations__)
print(C.__annotate__(1))
def counted():
    print("annotation evaluated")
    return int
def g(p: counted()):
    pass
print("defined g")
print(g.__annotations__)
print(g.__annotations__ is g.__annotations__)
def no_annotations():
    pass
print(no_annotations.__annotations__, no_annotations.__annotate__)
def h(a: int): pass
h.__annotations__ = {"a": "replaced"}
print(h.__annotations__, h.__annotate__)
try:
    C.__annotate__(3)
except NotImplementedError as e:
    print(type(e).__name__)
class Plain:
    pass
print(Plain.__annotations__, "__annotate__" in Plain.__dict__)
module_annotation: int = 1
print(__annotate__(1) if "__annotate__" in globals() else "no module __annotate__ binding")
x: SomethingUndefined
print("module with undefined annotation still runs")
