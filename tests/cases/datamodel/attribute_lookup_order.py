# The full attribute lookup order: data descriptors on the type, instance dict, non-data descriptors, class vars, __getattr__.
class DataDesc:
    def __get__(self, obj, typ=None): return "data descriptor"
    def __set__(self, obj, value): raise AttributeError("read-only data descriptor")
class NonDataDesc:
    def __get__(self, obj, typ=None): return "non-data descriptor"
class Base:
    inherited = "base class var"
class C(Base):
    data = DataDesc()
    nondata = NonDataDesc()
    plain = "class var"
    def __getattr__(self, name):
        return f"__getattr__({name})"
c = C()
c.__dict__.update(data="instance data", nondata="instance nondata", plain="instance plain")
print(c.data, "|", c.nondata, "|", c.plain, "|", c.inherited, "|", c.missing)
del c.__dict__["plain"]
print(c.plain)
C.plain = "changed class var"
print(c.plain)
class Meta(type):
    meta_attr = "from metaclass"
    @property
    def meta_prop(cls):
        return f"meta property of {cls.__name__}"
class K(metaclass=Meta):
    own = "own"
print(K.meta_attr, K.meta_prop, K.own)
try:
    K().meta_attr
except AttributeError as e:
    print(type(e).__name__, e)
class Shadow(metaclass=Meta):
    meta_attr = "class shadows metaclass"
print(Shadow.meta_attr)
class WithDictDesc:
    @property
    def __dict__(self):
        return {"fake": 1}
print(WithDictDesc().__dict__)
