# sorted(dir()) of _codecs_cn, one name per line, and what its maps are
import _codecs_cn

for name in sorted(dir(_codecs_cn)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_cn, name)).__name__, repr(getattr(_codecs_cn, name)).split(" at ")[0])
print(_codecs_cn.__doc__)
