# sorted(dir()) of _zoneinfo and of its ZoneInfo type, one name per line
import sys

# This folder holds programs named like stdlib modules (traceback.py, ...) that
# zoneinfo's imports must not pick up.
del sys.path[0]
import _zoneinfo

for name in sorted(dir(_zoneinfo)):
    print(name)
print("--- ZoneInfo", _zoneinfo.ZoneInfo.__module__, _zoneinfo.ZoneInfo.__mro__)
for name in sorted(dir(_zoneinfo.ZoneInfo)):
    print(name)
