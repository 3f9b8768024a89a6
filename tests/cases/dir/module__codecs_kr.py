# sorted(dir()) of _codecs_kr, one name per line, and what its maps are
import _codecs_kr

for name in sorted(dir(_codecs_kr)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_kr, name)).__name__, repr(getattr(_codecs_kr, name)).split(" at ")[0])
print(_codecs_kr.__doc__)
