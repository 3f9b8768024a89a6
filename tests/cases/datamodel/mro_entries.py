# __mro_entries__ and __orig_bases__ for non-class bases.
class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (Real,)
class Real:
    def hello(self): return "real hello"
class C(Fake()):
    pass
print(C().hello(), [k.__name__ for k in C.__bases__], type(C.__orig_bases__[0]).__name__)
class Gen(list[int]):
    pass
print(Gen.__bases__, Gen.__orig_bases__, Gen([1, 2]))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class D(Empty()):
    pass
print(D.__bases__)
try:
    class E(42):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(len):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
