# sorted(dir()) of _codecs_hk, one name per line, and what its maps are
import _codecs_hk

for name in sorted(dir(_codecs_hk)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_hk, name)).__name__, repr(getattr(_codecs_hk, name)).split(" at ")[0])
print(_codecs_hk.__doc__)
