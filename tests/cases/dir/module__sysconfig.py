# sorted(dir(_sysconfig)): the reference (emscripten) build lists the same names as Linux; checked against CPython 3.14's source (Modules/_sysconfig.c)
import _sysconfig

for name in sorted(dir(_sysconfig)):
    print(name)
