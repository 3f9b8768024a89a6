# sorted(dir()) of _codecs_iso2022, one name per line, and what its maps are
import _codecs_iso2022

for name in sorted(dir(_codecs_iso2022)):
    print(name)
    if name.startswith("__map_"):
        print("   ", type(getattr(_codecs_iso2022, name)).__name__, repr(getattr(_codecs_iso2022, name)).split(" at ")[0])
print(_codecs_iso2022.__doc__)
