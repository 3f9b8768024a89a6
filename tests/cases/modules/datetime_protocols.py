# NotImplemented fallbacks to the other operand, formatting protocols and other glue
import copy
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo
from fractions import Fraction


class Other:
    def __radd__(self, other):
        return ("radd", type(other).__name__)
    def __rsub__(self, other):
        return ("rsub", type(other).__name__)
    def __eq__(self, other):
        return "Other.__eq__"
    def __gt__(self, other):
        return "Other.__gt__"
    def __lt__(self, other):
        return "Other.__lt__"
    def __rmul__(self, other):
        return "rmul"
    def __rtruediv__(self, other):
        return "rtruediv"
    __hash__ = None


def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

o = Other()
for s in [
    "date(2000, 1, 1) + o", "dt(2000, 1, 1) + o", "td(1) + o", "date(2000, 1, 1) - o", "dt(2000, 1, 1) - o",
    "td(1) - o", "td(1) * o", "td(1) / o", "date(2000, 1, 1) == o", "dt(2000, 1, 1) == o", "time(1) == o",
    "td(1) == o", "timezone.utc == o", "date(2000, 1, 1) < o", "dt(2000, 1, 1) < o", "time(1) > o", "td(1) < o",
    "td(1) * Fraction(1, 2)", "td(1) / Fraction(1, 2)", "td(1) // 1.5", "sum([td(1), td(2)], td())",
    "min(dt(2000, 1, 2), dt(2000, 1, 1))", "sorted([time(3), time(1), time(2)])", "bool(time(0))", "bool(date.min)",
    "f'{date(2000, 1, 2):%d.%m.%Y}'", "f'{dt(2000, 1, 2, 3):%H h}'", "f'{time(4, 5):%M}'", "f'{td(1)}'",
    "'{}'.format(dt(2000, 1, 2))", "format(td(1), '')", "format(timezone.utc, '')",
    "copy.replace(time(1, 2), hour=3)", "copy.replace(dt(2000, 1, 2), year=2001)", "copy.copy(td(1))",
    "copy.replace(date(2000, 1, 2), month=13)", "date(2000, 1, 2).__replace__(1999)",
    "td(days=1) == td(hours=24)", "td(1) in {td(hours=24): 1}", "dt(2000, 1, 1, tzinfo=timezone.utc) in {dt(2000, 1, 1, 1, tzinfo=timezone(td(hours=1))): 1}",
    "date.__add__(date(2000, 1, 1), 5)", "td.__mul__(td(1), 'x')", "td.__rmul__(td(1), 2)", "td.__divmod__(td(1), td(hours=5))",
    "td.__rdivmod__(td(hours=5), td(1))", "dt.__sub__(dt(2000, 1, 2), date(2000, 1, 1))", "date.__sub__(dt(2000, 1, 2), date(2000, 1, 1))",
    "date.__eq__(date(2000, 1, 1), dt(2000, 1, 1))", "date.__lt__(dt(2000, 1, 1), date(2000, 1, 2))",
    "date.isoformat(dt(2000, 1, 2, 3))", "date.__repr__(dt(2000, 1, 2, 3))", "date.__str__(dt(2000, 1, 2, 3))",
    "date.ctime(dt(2000, 1, 2, 3))", "date.timetuple(dt(2000, 1, 2, 3))", "date.replace(dt(2000, 1, 2, 3), day=5)",
    "dt.timestamp(date(2000, 1, 1))", "time.isoformat(dt(2000, 1, 1))",
    "type(td.max).__name__", "td.days.__class__.__name__", "dt.hour.__class__.__name__",
    "dt.now.__self__ is dt", "date.today.__qualname__", "date.fromisoformat.__text_signature__",
    "td.total_seconds.__doc__", "date.__doc__", "dt.__doc__[:40]", "tzinfo.__doc__", "timezone.__doc__",
]:
    t(s)
