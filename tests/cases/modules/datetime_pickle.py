# Pickling: __reduce__/__reduce_ex__ state bytes, fold in protocol 4+, copy, and loading old states
import copy
import pickle
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours
    def utcoffset(self, d):
        return td(hours=self.hours)
    def __repr__(self):
        return f"Fixed({self.hours})"

objs = [
    date(2000, 1, 2), date.max, time(1, 2, 3, 4), time(1, fold=1), time(23, 59, tzinfo=timezone.utc),
    dt(2000, 1, 2, 3, 4, 5, 6), dt(2000, 1, 2, fold=1), dt(2000, 1, 2, tzinfo=timezone(td(hours=-5), "EST")),
    dt(2000, 1, 2, tzinfo=Fixed(3)), td(1, 2, 3), td.min, timezone.utc, timezone(td(hours=1)), timezone(td(hours=1), "x"),
]
for o in objs:
    print(repr(o), o.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(o, proto))
        assert back == o, (o, proto, back)
        print(" ", proto, repr(back), type(back).__name__, getattr(back, "fold", "-"))
    print("  copy", repr(copy.copy(o)), repr(copy.deepcopy(o)))

print(time(1, fold=1).__reduce_ex__(2), time(1, fold=1).__reduce_ex__(4))
print(dt(2000, 1, 2, fold=1).__reduce_ex__(3), dt(2000, 1, 2, fold=1).__reduce_ex__(4))
print(tzinfo().__reduce__(), Fixed(2).__reduce__()[0].__name__, Fixed(2).__reduce__()[2])
print(date(b"\x07\xd0\x01\x02"), dt(b"\x07\xd0\x81\x02\x03\x04\x05\x00\x00\x06"), time(b"\x81\x02\x03\x00\x00\x04"))
print(repr(dt(b"\x07\xd0\x81\x02\x03\x04\x05\x00\x00\x06", timezone.utc)))
print(repr(date("\x07\xd0\x01\x02")), repr(time("\x01\x02\x03\x00\x00\x04")))
for bad in ["time(b'\\x01\\x02\\x03\\x00\\x00\\x04', 1)", "dt(b'\\x07\\xd0\\x01\\x02\\x03\\x04\\x05\\x00\\x00\\x06', 1)",
            "date(b'\\x07\\xd0\\x0d\\x02')", "date('\\u0100\\xd0\\x01\\x02')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(bad, "!!", type(e).__name__, e)
data = pickle.dumps([dt(2000, 1, 2, 3, tzinfo=timezone.utc), date(2000, 1, 1), td(1)], 2)
print(len(data), pickle.loads(data))
print(copy.replace(date(2000, 1, 2), day=9), copy.replace(time(1), minute=2), copy.replace(dt(2000, 1, 2), fold=1).fold)
