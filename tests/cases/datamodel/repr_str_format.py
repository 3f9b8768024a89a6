# __repr__, __str__, __format__ and how print/str/format/f-strings use them.
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
class ReprOnly:
    def __repr__(self): return "ReprOnly-repr"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(r, str(r), [r], f"{r!s}")
print(s, [s] == [s], str([s]).startswith("[<__main__.StrOnly object at"))
class Fmt:
    def __format__(self, spec):
        return f"Fmt({spec!r})"
f = Fmt()
print(format(f), format(f, "x>10"), f"{f:abc}", f"{f}", "{:spec}".format(f), "{0!s:>3}".format(1))
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    def __repr__(self): return f"Nested({[1, 'a']!r})"
print(Nested(), {"k": Nested()}, (Nested(),))
print(repr("q'uote"), repr('d"q'), str(None), repr(None), format(12, ""), format("s", ""))
class SubStr(str):
    def __str__(self): return "SubStr.__str__"
print(str(SubStr("raw")), f"{SubStr('raw')}", "%s" % SubStr("raw"), print(SubStr("via print")))
