def outer():
    v = 1
    class Inner:
        v = 2
        def meth(self):
            return v
        w = v
        x: v
        def gen[T](self) -> T: return v
    def g():
        global q
        q = v
    return Inner, g
class K:
    global G
    G = 1
    def __init__(self):
        self.x = 1
        def inner():
            self.y = 2
        class Sub:
            def m(self):
                self.z = 3
    class Nested:
        def deep(self):
            def deeper(): pass
            return deeper
__x = 1
class Priv:
    __y = 2
    def __m(self, __a):
        return self.__y + __x + __a
    import __mod
