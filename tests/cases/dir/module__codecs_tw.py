# sorted(dir()) of _codecs_tw, one name per line, and what its maps are
import _codecs_tw

for name in sorted(dir(_codecs_tw)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_tw, name)).__name__, repr(getattr(_codecs_tw, name)).split(" at ")[0])
print(_codecs_tw.__doc__)
