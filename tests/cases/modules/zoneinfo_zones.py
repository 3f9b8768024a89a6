# ZoneInfo over TZif files the program writes itself (the reference has no tz database):
# transitions, POSIX TZ string rules (positive, negative and half-hour DST), folds and gaps,
# fixed zones, caching, pickling and errors.
import datetime as dt_mod
import os
import pickle
import struct
import tempfile
import zoneinfo
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

UTC = timezone.utc


def tzif(transitions, ttinfos, tz_string):
    """A version 2 TZif file: transitions are (utc_seconds, ttinfo_index) pairs,
    ttinfos are (utc_offset, isdst, abbreviation)."""
    chars = b""
    index = {}
    for _, _, abbr in ttinfos:
        if abbr not in index:
            index[abbr] = len(chars)
            chars += abbr.encode() + b"\0"
    counts = (0, 0, 0, len(transitions), len(ttinfos), len(chars))
    v1 = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 0, 0)
    body = b"TZif2" + bytes(15) + struct.pack(">6l", *counts)
    body += b"".join(struct.pack(">q", t) for t, _ in transitions)
    body += bytes(i for _, i in transitions)
    body += b"".join(struct.pack(">lBB", off, dst, index[abbr]) for off, dst, abbr in ttinfos)
    body += chars
    return v1 + body + b"\n" + tz_string.encode() + b"\n"


def ts(*args):
    return int(datetime(*args, tzinfo=UTC).timestamp())


ny_trans = [(ts(1883, 11, 18, 17), 1)]
for year in range(2007, 2011):
    march = datetime(year, 3, 8)
    while march.weekday() != 6:
        march += timedelta(1)
    nov = datetime(year, 11, 1)
    while nov.weekday() != 6:
        nov += timedelta(1)
    ny_trans.append((ts(year, 3, march.day, 7), 2))
    ny_trans.append((ts(year, 11, nov.day, 6), 1))

zones = {
    "Test/NY": tzif(ny_trans, [(-17762, 0, "LMT"), (-18000, 0, "EST"), (-14400, 1, "EDT")],
                    "EST5EDT,M3.2.0,M11.1.0"),
    "Test/Fixed": tzif([], [(19800, 0, "+0530")], "<+0530>-5:30"),
    "Test/Dublin": tzif([(ts(2000, 1, 1), 1)], [(-1521, 0, "LMT"), (3600, 0, "IST"), (0, 1, "GMT")],
                        "IST-1GMT0,M10.5.0,M3.5.0/1"),
    "Test/NoRule": tzif([(0, 1), (86400 * 365, 0)], [(3600, 0, "AAA"), (7200, 1, "BBB")], ""),
    "Test/LordHowe": tzif([], [(37800, 0, "+1030")], "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"),
    "Test/Julian": tzif([], [(0, 0, "XXX")], "XXX0YYY-1,J60/3,100/-1"),
    "Test/Bad1": tzif([], [(0, 0, "XXX")], "X1"),
    "Test/Bad2": tzif([], [(0, 0, "XXX")], "XXX0YYY,M3.2.0"),
    "Test/Bad3": tzif([], [(0, 0, "XXX")], "XXX0YYY,M13.2.0,M11.1.0"),
    "Test/Bad4": tzif([], [(0, 0, "XXX")], "XXX0YYY,M3.2.0,M11.1.0xyz"),
}

with tempfile.TemporaryDirectory() as root:
    os.mkdir(os.path.join(root, "Test"))
    for key, data in zones.items():
        with open(os.path.join(root, key), "wb") as f:
            f.write(data)
    zoneinfo.reset_tzpath(to=[root])

    ny = ZoneInfo("Test/NY")
    print(repr(ny), str(ny), ny.key, ny is ZoneInfo("Test/NY"), ny is ZoneInfo.no_cache("Test/NY"))
    for d in [datetime(1800, 1, 1), datetime(2008, 1, 1), datetime(2008, 7, 1), datetime(2008, 3, 9, 2, 30),
              datetime(2008, 3, 9, 2, 30, fold=1), datetime(2008, 11, 2, 1, 30), datetime(2008, 11, 2, 1, 30, fold=1),
              datetime(2030, 7, 1), datetime(2030, 3, 10, 2, 30), datetime(2030, 11, 3, 1, 30),
              datetime(2030, 11, 3, 1, 30, fold=1), datetime(2030, 11, 3, 2, 30)]:
        d = d.replace(tzinfo=ny)
        print(d, d.fold, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(UTC))
    for t in [ts(2008, 11, 2, 5, 30), ts(2008, 11, 2, 6, 30), ts(2008, 11, 2, 7, 30), ts(2030, 11, 3, 5, 30),
              ts(2030, 11, 3, 6, 30), ts(2030, 3, 10, 6, 59), ts(2030, 3, 10, 7), 0, -3000000000]:
        d = datetime.fromtimestamp(t, ny)
        print(t, d, d.fold, d.tzname(), d.timestamp() == t)
    print(ny.utcoffset(None), ny.dst(None), ny.tzname(None), time(1, tzinfo=ny).utcoffset())

    for key in ["Test/Fixed", "Test/Dublin", "Test/NoRule", "Test/LordHowe", "Test/Julian"]:
        z = ZoneInfo(key)
        print(key, z.utcoffset(None), z.tzname(None))
        for d in [datetime(2020, 1, 1), datetime(2020, 2, 29, 4), datetime(2020, 3, 1, 4), datetime(2020, 4, 5, 1, 45),
                  datetime(2020, 4, 5, 1, 45, fold=1), datetime(2020, 4, 9, 23, 30), datetime(2020, 7, 1),
                  datetime(2020, 10, 4, 2, 15), datetime(2020, 10, 25, 1, 30), datetime(2020, 10, 25, 1, 30, fold=1),
                  datetime(1960, 1, 1)]:
            d = d.replace(tzinfo=z)
            print(" ", d, d.utcoffset(), d.dst(), d.tzname(), d.astimezone(UTC).astimezone(z).fold)

    for key in ["Test/Bad1", "Test/Bad2", "Test/Bad3", "Test/Bad4", "Test/Missing", "../x", "/abs", 5]:
        try:
            ZoneInfo(key)
        except Exception as e:
            print(key, type(e).__name__, str(e).split(".")[0])

    print(pickle.loads(pickle.dumps(ny)) is ny, ny.__reduce__()[1])
    nc = ZoneInfo.no_cache("Test/Fixed")
    back = pickle.loads(pickle.dumps(nc))
    print(nc.__reduce__()[1], back is nc, back.key, back is ZoneInfo("Test/Fixed"))
    with open(os.path.join(root, "Test/Fixed"), "rb") as f:
        ff = ZoneInfo.from_file(f)
    print(repr(ff).split("(")[0], ff.key, ff.utcoffset(None))
    with open(os.path.join(root, "Test/Fixed"), "rb") as f:
        print(ZoneInfo.from_file(f, key="named"))
    try:
        pickle.dumps(ff)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        ny.fromutc(datetime(2000, 1, 1))
    except ValueError as e:
        print(e)
    try:
        ny.fromutc(5)
    except TypeError as e:
        print(e)

    ZoneInfo.clear_cache(only_keys=["Test/NY"])
    print(ny is ZoneInfo("Test/NY"))
    a = ZoneInfo("Test/Dublin")
    ZoneInfo.clear_cache()
    print(a is ZoneInfo("Test/Dublin"))

    class Sub(ZoneInfo):
        pass

    s = Sub("Test/NY")
    print(type(s).__name__, repr(s), s is Sub("Test/NY"), s is ZoneInfo("Test/NY"), type(Sub._weak_cache).__name__)
    Sub.clear_cache()
    print(s is Sub("Test/NY"), type(pickle.loads(pickle.dumps(s))).__name__)
    print(isinstance(ny, dt_mod.tzinfo), ZoneInfo.__module__, ZoneInfo.__mro__)
    zoneinfo.reset_tzpath()
