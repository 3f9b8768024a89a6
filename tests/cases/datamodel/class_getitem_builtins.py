# Which built-in types define __class_getitem__ (PEP 585), and what subscripting them gives.
import builtins
names = []
for n in dir(builtins):
    o = getattr(builtins, n)
    if isinstance(o, type) and '__class_getitem__' in o.__dict__:
        names.append(n)
print(names)
def gen():
    yield
async def co():
    pass
async def agen():
    yield
c = co()
others = [type(gen()), type(c), type(agen()), type(iter([])), type({}.keys()), type(lambda: 0), type(len), type(t''), type(int | str), type(list[int]), type(None)]
c.close()
print([(t.__name__, '__class_getitem__' in t.__dict__) for t in others])
print(staticmethod[int], classmethod[int, str], type(gen())[int, None, None], type(c)[int, int, str])
print(type[int], type[int].__origin__, type.__dict__.get('__class_getitem__'))
print(list[int].__class_getitem__ is list.__class_getitem__ or "bound methods differ")
print(staticmethod.__class_getitem__.__doc__)
try:
    type(len)[int]
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod.__class_getitem__.__text_signature__, list.__class_getitem__.__doc__)
