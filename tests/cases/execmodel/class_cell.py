# The implicit __class__ cell used by super() and visible in methods.
class A:
    def which(self):
        return __class__.__name__
    def uses_super(self):
        return super().__class__.__name__
class B(A):
    def which(self):
        return __class__.__name__ + "/" + super().which()
print(A().which(), B().which(), B().uses_super())
print(A.which.__code__.co_freevars)
class C:
    def no_class_ref(self):
        return 1
print(C.no_class_ref.__code__.co_freevars)
class D:
    def get_class_cell():
        return __class__
    captured = get_class_cell
print(D.captured() is D)
class E:
    def f(self):
        def nested():
            return __class__
        return nested()
print(E().f().__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("__classcell__ in namespace:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class F(metaclass=Meta):
    def m(self):
        return __class__
print(F().m() is F)
class G(metaclass=Meta):
    pass
