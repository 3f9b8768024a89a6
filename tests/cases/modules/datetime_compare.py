# Comparisons and hash consistency: naive/aware rules, mixed types, PEP 495 folds
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo

class Fixed(tzinfo):
    def __init__(self, hours, name="F"):
        self.off = td(hours=hours)
        self.name = name
    def utcoffset(self, d):
        return self.off
    def dst(self, d):
        return td(0)
    def tzname(self, d):
        return self.name

class NoOffset(tzinfo):
    def utcoffset(self, d):
        return None

class Folding(tzinfo):
    """A zone whose offset depends on fold at 01:xx (a repeated hour)."""
    def utcoffset(self, d):
        if d is not None and d.hour == 1 and d.fold:
            return td(hours=-1)
        return td(hours=0)
    def dst(self, d):
        return td(0)

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

u = timezone.utc
for s in [
    "date(2000, 1, 1) == date(2000, 1, 1)", "date(2000, 1, 1) < date(2000, 1, 2)", "date(2000, 1, 1) >= date(2000, 1, 2)",
    "date(2000, 1, 1) == dt(2000, 1, 1)", "dt(2000, 1, 1) == date(2000, 1, 1)", "date(2000, 1, 1) != dt(2000, 1, 1)",
    "date(2000, 1, 1) < dt(2000, 1, 1)", "dt(2000, 1, 1) > date(2000, 1, 1)", "date(2000, 1, 1) == 1",
    "date(2000, 1, 1) < 1", "date(2000, 1, 1) == None",
    "dt(2000, 1, 1) == dt(2000, 1, 1, fold=1)", "dt(2000, 1, 1) < dt(2000, 1, 1, 0, 0, 0, 1)",
    "dt(2000, 1, 1, tzinfo=u) == dt(2000, 1, 1, 1, tzinfo=Fixed(1))", "dt(2000, 1, 1, tzinfo=u) < dt(2000, 1, 1, 1, tzinfo=Fixed(1))",
    "dt(2000, 1, 1, tzinfo=u) < dt(2000, 1, 1, 1, tzinfo=Fixed(-1))", "dt(2000, 1, 1) == dt(2000, 1, 1, tzinfo=u)",
    "dt(2000, 1, 1) != dt(2000, 1, 1, tzinfo=u)", "dt(2000, 1, 1) < dt(2000, 1, 1, tzinfo=u)",
    "dt(2000, 1, 1, tzinfo=NoOffset()) == dt(2000, 1, 1)", "dt(2000, 1, 1, tzinfo=NoOffset()) < dt(2000, 1, 2)",
    "dt(2000, 1, 1, 1, tzinfo=Folding()) == dt(2000, 1, 1, 1, tzinfo=u)",
    "dt(2000, 1, 1, 1, fold=1, tzinfo=Folding()) == dt(2000, 1, 1, 2, tzinfo=u)",
    "dt(2000, 1, 1, 1, tzinfo=Folding()) == dt(2000, 1, 1, 1, tzinfo=Folding())",
    "dt(2000, 1, 1, 5, tzinfo=Folding()) == dt(2000, 1, 1, 5, tzinfo=u)",
    "time(1) == time(1)", "time(1) < time(2)", "time(1) == time(1, fold=1)", "time(1, tzinfo=u) == time(2, tzinfo=Fixed(1))",
    "time(1, tzinfo=u) < time(2, tzinfo=Fixed(2))", "time(1) == time(1, tzinfo=u)", "time(1) < time(1, tzinfo=u)",
    "time(1) == 1", "time(1) < 1", "time(1, tzinfo=NoOffset()) == time(1)",
    "td(1) == td(1)", "timezone.utc == timezone(td(0))", "timezone(td(0), 'x') == timezone.utc",
    "timezone.utc != timezone(td(hours=1))", "timezone.utc == 1", "timezone.utc < timezone.max",
    "hash(date(2000, 1, 1)) == hash(date(2000, 1, 1))", "hash(td(1)) == hash(td(0, 86400))",
    "hash(dt(2000, 1, 1, tzinfo=u)) == hash(dt(2000, 1, 1, 1, tzinfo=Fixed(1)))",
    "hash(dt(2000, 1, 1)) == hash(dt(2000, 1, 1, fold=1))", "hash(time(1, tzinfo=u)) == hash(time(2, tzinfo=Fixed(1)))",
    "hash(time(1)) == hash(time(1, fold=1))", "hash(timezone.utc) == hash(timezone(td(0), 'x'))",
    "hash(dt(2000, 1, 1, 1, fold=1, tzinfo=Folding())) == hash(dt(2000, 1, 1, 1, tzinfo=Folding()))",
    "len({dt(2000, 1, 1, tzinfo=u), dt(2000, 1, 1, 2, tzinfo=Fixed(2)), dt(2000, 1, 1, 3, tzinfo=Fixed(3))})",
    "len({date(2000, 1, 1), date(2000, 1, 1), date(2000, 1, 2)})", "sorted([date(2001, 1, 1), date(2000, 5, 5)])",
    "max(td(1), td(-1), td(0))",
]:
    t(s)
