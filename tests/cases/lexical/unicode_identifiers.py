# Non-ASCII identifiers and NFKC normalization of names.
café = "coffee"
print(café)
π = 3.14159
print(π * 2)
变量 = [1, 2]
print(变量)
ﬁle = "ligature"
print(file)
ℌ = "fraktur H"
print(H)
Ωmega = 1
print(Ωmega)
class Ünïcode:
    ñ = 5
print(Ünïcode.ñ, Ünïcode.__name__)
def ƒ(ä=1):
    return ä * 2
print(ƒ(), ƒ(ä=3), ƒ.__name__)
print("café".isidentifier(), "1x".isidentifier(), "_x".isidentifier(), "x-y".isidentifier())
g = {}
exec("µ = 1", g)
print(sorted(k for k in g if k != "__builtins__"))
_ = "underscore"
__ = "dunder-ish"
print(_, __)
