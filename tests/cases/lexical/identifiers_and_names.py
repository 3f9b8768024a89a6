# Identifier rules: keywords as prefixes, dunder and private names, name mangling.
if_ = 1; class_ = 2; None_ = 3; True1 = 4; _ = 5; __ = 6; _1 = 7
print(if_, class_, None_, True1, _, __, _1)
class Mangle:
    __secret = "s"
    __dunder__ = "d"
    _single = "x"
    def get(self):
        return self.__secret, self.__dunder__, self._single
    def set_other(self, obj):
        obj.__hidden = 1
print(Mangle().get(), sorted(k for k in vars(Mangle) if "secret" in k or "dunder" in k))
o = Mangle()
o.set_other(o)
print(vars(o))
class _Under:
    __x = 1
print([k for k in vars(_Under) if k.endswith("x")])
class ___:
    __y = 2
print([k for k in vars(___) if k.endswith("y")])
def f():
    __local = "not mangled in functions"
    return __local
print(f())
class Q:
    def m(self):
        return __name__
print(Q().m())
print(getattr(Mangle, "_Mangle__secret"))
for name in ["abc", "a1", "1a", "_", "a-b", "é", "𝔘𝔫𝔦", "nonlocal", "match", "x²", "ℕ"]:
    print(repr(name), name.isidentifier())
