# sorted(dir(xxsubtype)): the reference (emscripten) build lists the same names as Linux; checked against CPython 3.14's source (Modules/xxsubtype.c)
import xxsubtype

for name in sorted(dir(xxsubtype)):
    print(name)
