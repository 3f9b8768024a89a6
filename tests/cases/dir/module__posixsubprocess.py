# sorted(dir(_posixsubprocess)): the reference (emscripten) build lists the same names as Linux; checked against CPython 3.14's source (Modules/_posixsubprocess.c and Modules/clinic/_posixsubprocess.c.h)
import _posixsubprocess

for name in sorted(dir(_posixsubprocess)):
    print(name)
