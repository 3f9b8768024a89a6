# sorted(dir()) of _zoneinfo and of its ZoneInfo type, one name per line
import _zoneinfo

for name in sorted(dir(_zoneinfo)):
    print(name)
print("--- ZoneInfo", _zoneinfo.ZoneInfo.__module__, _zoneinfo.ZoneInfo.__mro__)
for name in sorted(dir(_zoneinfo.ZoneInfo)):
    print(name)
