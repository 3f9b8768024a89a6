# Functions defined in class bodies do not see class attributes; they see globals.
value = "global value"
class C:
    value = "class value"
    def method(self):
        return value
    @staticmethod
    def static():
        return value
    lam = lambda self: value
    direct = value
print(C().method(), C.static(), C().lam(), C.direct)
def fn():
    value = "function value"
    class D:
        def method(self):
            return value
        value = "D class value"
    return D().method(), D.value
print(fn())
