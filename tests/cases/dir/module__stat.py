# sorted(dir(_stat)): the same on Linux and the (emscripten) reference build
import _stat

for name in sorted(dir(_stat)):
    print(name)
