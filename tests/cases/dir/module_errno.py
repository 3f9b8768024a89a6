# sorted(dir(errno)): the reference (emscripten) build defines the same names as Linux (values differ)
import errno

for name in sorted(dir(errno)):
    print(name)
