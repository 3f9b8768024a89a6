# zoneinfo over the system tz database (/usr/share/zoneinfo), which the emscripten
# reference cannot read: compared with Linux CPython's output.
import pickle
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc
ny = ZoneInfo("America/New_York")
print(repr(ny), str(ny), ny is ZoneInfo("America/New_York"), ny is ZoneInfo.no_cache("America/New_York"))
for d in [datetime(1800, 1, 1), datetime(1918, 3, 31, 2, 30), datetime(1945, 8, 14, 19), datetime(2020, 1, 1),
          datetime(2020, 7, 1), datetime(2020, 3, 8, 2, 30), datetime(2020, 3, 8, 2, 30, fold=1),
          datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2100, 7, 1),
          datetime(2100, 11, 7, 1, 30, fold=1)]:
    d = d.replace(tzinfo=ny)
    print(d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(UTC))
for t in [0, 1604209000, 1604212600, 1604216200, 4e9, -5e9]:
    d = datetime.fromtimestamp(t, ny)
    print(t, d, d.fold, d.tzname())
for key in ["Europe/London", "Europe/Dublin", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham",
            "America/Sao_Paulo", "Africa/Casablanca", "Etc/GMT+5", "UTC"]:
    z = ZoneInfo(key)
    print(key, z.utcoffset(None), z.tzname(None),
          [(datetime(y, m, 15, 12, tzinfo=z).tzname(), str(datetime(y, m, 15, 12, tzinfo=z).utcoffset()))
           for y in (1970, 2021, 2040) for m in (1, 4, 7, 10)])
    for t in range(1600000000, 1700000000, 7777777):
        d = datetime.fromtimestamp(t, z)
        assert d.timestamp() == t and d.astimezone(UTC) == datetime.fromtimestamp(t, UTC), (key, t)
print(pickle.loads(pickle.dumps(ny)) is ny, ny.__reduce__()[1], ZoneInfo.no_cache("UTC").__reduce__()[1])
try:
    ZoneInfo("Not/AZone")
except ZoneInfoNotFoundError as e:
    print(type(e).__name__)
