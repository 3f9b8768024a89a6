# sorted(dir()) of the pyexpat module, one name per line; `expat_CAPI` (a capsule with expat's C API for
# C extensions such as _elementtree) is left out: Ouro has no C API to export
import pyexpat

for name in sorted(dir(pyexpat)):
    if name != "expat_CAPI":
        print(name)
print(sorted(dir(pyexpat.errors)))
print(sorted(dir(pyexpat.model)))
print([n for n in sorted(dir(pyexpat.ParserCreate())) if not n.startswith("__")])
