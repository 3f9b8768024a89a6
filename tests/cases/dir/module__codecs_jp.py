# sorted(dir()) of _codecs_jp, one name per line, and what its maps are
import _codecs_jp

for name in sorted(dir(_codecs_jp)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_jp, name)).__name__, repr(getattr(_codecs_jp, name)).split(" at ")[0])
print(_codecs_jp.__doc__)
