# Attribute references on modules, classes, instances, builtins, and their errors.
class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
c = C()
print(c.inst, c.cls_attr, C.cls_attr, c.__class__.__name__, C.__init__.__name__)
print("abc".upper(), (1).real, 1.5.imag, [].append.__name__, {}.get("k", "default"))
print(len.__name__, print.__name__, int.__name__, type(None).__name__)
for expr in ["c.missing", "C.missing", "(1).missing", "'s'.missing", "None.missing", "[].missing", "len.missing", "int.missing"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(f"{expr:12}", type(e).__name__, e)
e = None
try:
    c.missing
except AttributeError as err:
    e = err
print(e.name, e.obj is c)
print(getattr(c, "inst"), getattr(c, "nope", 0), hasattr(c, "inst"), hasattr(c, "nope"))
setattr(c, "dyn", 5)
print(c.dyn)
delattr(c, "dyn")
print(hasattr(c, "dyn"))
try:
    getattr(c, 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Suggest:
    value = 1
try:
    Suggest().valeu
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(c.__dict__, sorted(C.__dict__.keys() & {"cls_attr", "__init__"}))
x = c
x.chain = C()
x.chain.deeper = "deep"
print(c.chain.deeper)
