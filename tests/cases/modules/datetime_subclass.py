# Subclasses: which operations return the subclass, alternate constructors and repr
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo

class D(date):
    pass

class DT(dt):
    extra = "x"

class T(time):
    pass

class TD(td):
    pass

class Logged(dt):
    def __new__(cls, *args, **kwargs):
        print("  Logged.__new__", args, kwargs)
        return super().__new__(cls, *args, **kwargs)

def show(label, v):
    print(label, type(v).__name__, repr(v))

show("D", D(2000, 1, 2))
show("D+td", D(2000, 1, 2) + td(1))
show("td+D", td(1) + D(2000, 1, 2))
show("D-td", D(2000, 1, 2) - td(1))
show("D-D", D(2000, 1, 2) - D(2000, 1, 1))
show("D.today type", D.today().__class__)
show("D.fromordinal", D.fromordinal(5))
show("D.fromisoformat", D.fromisoformat("2000-01-02"))
show("D.fromisocalendar", D.fromisocalendar(2000, 1, 1))
show("D.replace", D(2000, 1, 2).replace(day=3))
show("D.strptime", D.strptime("2000", "%Y"))
show("DT", DT(2000, 1, 2, 3))
show("DT+td", DT(2000, 1, 2, 3) + td(1))
show("DT-td", DT(2000, 1, 2, 3) - td(1))
show("DT-DT", DT(2000, 1, 2, 3) - DT(2000, 1, 1))
show("DT.combine", DT.combine(date(2000, 1, 2), time(3)))
show("DT.fromisoformat", DT.fromisoformat("2000-01-02T03:04"))
show("DT.fromtimestamp", DT.fromtimestamp(0, timezone.utc))
show("DT.fromordinal", DT.fromordinal(730120))
show("DT.replace", DT(2000, 1, 2).replace(hour=5))
show("DT.astimezone", DT(2000, 1, 2, tzinfo=timezone.utc).astimezone(timezone(td(hours=2))))
show("DT.astimezone same", DT(2000, 1, 2, tzinfo=timezone.utc).astimezone(timezone.utc))
show("DT.date", DT(2000, 1, 2).date())
show("DT.time", DT(2000, 1, 2).time())
show("DT.now type", DT.now().__class__)
show("DT.strptime", DT.strptime("2000", "%Y"))
show("T", T(1, 2))
show("T.replace", T(1, 2).replace(hour=3))
show("T.fromisoformat", T.fromisoformat("01:02"))
show("TD", TD(1))
show("TD+td", TD(1) + td(1))
show("-TD", -TD(1))
show("TD*2", TD(1) * 2)
show("TD//2", TD(1) // 2)
print("Logged fromisoformat")
show("  ->", Logged.fromisoformat("2000-01-02T03:04:05"))
print("Logged replace fold")
show("  ->", Logged(2000, 1, 2).replace(fold=1))
print("Logged + td")
show("  ->", Logged(2000, 1, 2) + td(1))
print(DT(2000, 1, 1).extra, isinstance(DT(2000, 1, 1), date), issubclass(DT, date))
print(D(2000, 1, 1) == date(2000, 1, 1), DT(2000, 1, 1) == dt(2000, 1, 1), hash(D(2000, 1, 1)) == hash(date(2000, 1, 1)))

class MyTZ(tzinfo):
    def __init__(self, name):
        self.name = name
    def utcoffset(self, d):
        return td(hours=1)
    def dst(self, d):
        return td(0)
    def tzname(self, d):
        return self.name

z = MyTZ("Z1")
print(dt(2000, 1, 1, 12, tzinfo=timezone.utc).astimezone(z), z.fromutc(dt(2000, 1, 1, tzinfo=z)))
print(MyTZ.__reduce__(z)[0].__name__, MyTZ.__reduce__(z)[1:], isinstance(z, tzinfo))

class BadOffset(tzinfo):
    def __init__(self, off):
        self.off = off
    def utcoffset(self, d):
        return self.off

for off in [td(hours=24), td(hours=-24), 5, td(hours=23, minutes=59)]:
    try:
        print(dt(2000, 1, 1, tzinfo=BadOffset(off)).utcoffset())
    except Exception as e:
        print(type(e).__name__, e)
try:
    z.fromutc(dt(2000, 1, 1, tzinfo=BadOffset(td(0))))
except ValueError as e:
    print(e)

class Sub(timezone.__base__):
    pass
print(Sub.__mro__)
try:
    class SubTZ(timezone):
        pass
except TypeError as e:
    print(e)
