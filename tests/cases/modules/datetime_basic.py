# Construction, attributes, repr/str and argument errors of the datetime types
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

print(datetime.datetime.__module__, type(datetime.date.today).__name__, datetime.date.__module__)
print(MINYEAR, MAXYEAR, UTC is timezone.utc)

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

for s in [
    "date(2000, 2, 29)", "str(date(5, 1, 2))", "date(year=2000, month=1, day=2)",
    "date(0, 1, 1)", "date(10000, 1, 1)", "date(2000, 13, 1)", "date(2000, 0, 1)", "date(2001, 2, 29)",
    "date('x', 1, 1)", "date(2000.0, 1, 1)", "date(2000, 1)", "date(2000, 1, 1, 1)", "date(2000, 1, 1, x=1)",
    "date(2**70, 1, 1)", "date(True, 1, 1)",
    "time()", "time(1)", "time(1, 2)", "time(1, 2, 3)", "time(1, 2, 3, 4)", "str(time(1, 2, 3, 4))",
    "time(1, tzinfo=timezone.utc)", "time(1, fold=1)", "time(24)", "time(0, 60)", "time(0, 0, 60)",
    "time(0, 0, 0, 10**6)", "time(-1)", "time(fold=2)", "time(0, 0, 0, 0, 1)", "time(0, 0, 0, 0, None, 1)",
    "dt(2000, 1, 2)", "dt(2000, 1, 2, 3, 4, 5, 6)", "str(dt(2000, 1, 2, 3, 4, 5, 6))",
    "dt(2000, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1)", "dt(2000, 1, 2, 3, 4, 5, 6, timezone.utc, 1)",
    "dt(2000, 1, 2, 24)", "dt(2000, 1)", "dt(2000, 1, 2, tzinfo=1)", "dt(2000, 1, 2, fold=-1)",
    "dt(2000, 1, 2).year", "dt(2000, 1, 2, 3, 4, 5, 6).microsecond", "dt(2000, 1, 2).tzinfo",
    "time(1, 2, 3, 4).fold", "time(1).tzinfo", "time(5).hour",
    "timedelta()", "timedelta(1)", "timedelta(0, 1)", "timedelta(0, 0, 1)", "timedelta(1, 2, 3)",
    "timedelta(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)",
    "timedelta(days=1.5)", "timedelta(seconds=0.5)", "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)",
    "timedelta(microseconds=-0.5)", "timedelta(microseconds=2.5)", "timedelta(0, 0, 1, 0.0005)",
    "timedelta(hours=-1)", "timedelta(microseconds=-1)", "timedelta(days=1e9)", "timedelta(999999999, 86399, 999999)",
    "timedelta(999999999, 86400)", "timedelta(-999999999)", "timedelta(-999999999, -1)",
    "timedelta('1')", "timedelta(days=float('nan'))", "timedelta(days=float('inf'))", "timedelta(x=1)",
    "str(timedelta(1))", "str(timedelta(2))", "str(timedelta(-1))", "str(timedelta(-2, 3, 4))",
    "str(timedelta(0, 3725, 5))", "str(timedelta())",
    "timedelta(1, 2, 3).days", "timedelta(1, 2, 3).seconds", "timedelta(1, 2, 3).microseconds",
    "timedelta(1, 2, 3).total_seconds()", "timedelta.max.total_seconds()",
    "timedelta.min", "timedelta.max", "timedelta.resolution", "date.min", "date.max", "date.resolution",
    "time.min", "time.max", "time.resolution", "dt.min", "dt.max", "dt.resolution",
    "timezone.utc", "timezone.min", "timezone.max", "timezone(timedelta(hours=1))",
    "timezone(timedelta(hours=1), 'CET')", "timezone(timedelta(0))", "timezone(timedelta(0)) is timezone.utc",
    "timezone(timedelta(0), 'UTC') is timezone.utc", "timezone(timedelta(hours=24))", "timezone(timedelta(hours=-24))",
    "timezone(timedelta(seconds=1, microseconds=1))", "timezone(1)", "timezone(timedelta(0), 1)",
    "timezone(offset=timedelta(hours=2), name='x')", "timezone()",
    "str(timezone(timedelta(hours=-1, minutes=-30)))", "str(timezone(timedelta(seconds=61)))",
    "str(timezone(timedelta(microseconds=10)))", "str(timezone.utc)", "str(timezone(timedelta(hours=3), 'Z%'))",
    "timezone.utc.utcoffset(None)", "timezone.utc.dst(None)", "timezone.utc.tzname(None)", "timezone.utc.utcoffset(1)",
    "timezone(timedelta(hours=1)).tzname(dt(2000, 1, 1))", "timezone(timedelta(hours=1)).__getinitargs__()",
    "timezone(timedelta(hours=1), 'a').__getinitargs__()",
    "type(tzinfo())", "tzinfo().utcoffset(None)", "tzinfo().dst(None)", "tzinfo().tzname(None)",
    "tzinfo().fromutc(dt(2000, 1, 1))", "tzinfo().fromutc(1)",
    "date.fromordinal(1)", "date.fromordinal(730120)", "date.fromordinal(0)", "date.fromordinal(3652059)",
    "date.fromordinal(3652060)", "dt.fromordinal(730120)", "date(2000, 1, 1).toordinal()",
    "date(2000, 1, 1).weekday()", "date(2000, 1, 1).isoweekday()", "date(2000, 1, 1).isocalendar()",
    "date(2000, 1, 1).isocalendar().week", "tuple(date(2004, 12, 31).isocalendar())", "date(2008, 12, 29).isocalendar()",
    "date.fromisocalendar(2004, 53, 5)", "date.fromisocalendar(2003, 53, 1)", "date.fromisocalendar(2020, 0, 1)",
    "date.fromisocalendar(2020, 1, 0)", "date.fromisocalendar(10000, 1, 1)", "dt.fromisocalendar(2020, 1, 1)",
    "date(2000, 1, 1).ctime()", "dt(2000, 1, 10, 3, 4, 5).ctime()",
    "date(2000, 1, 1).timetuple()", "dt(2000, 3, 1, 4, 5, 6).timetuple()",
    "dt(2000, 3, 1, 4, 5, 6, tzinfo=timezone.utc).timetuple().tm_isdst",
    "dt(2000, 3, 1, 4, 5, 6, tzinfo=timezone(timedelta(hours=2))).utctimetuple()",
    "dt(2000, 1, 2, 3, 4, 5, 6, timezone.utc).date()", "dt(2000, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1).time()",
    "dt(2000, 1, 2, 3, 4, 5, 6, timezone.utc, fold=1).timetz()",
    "dt.combine(date(2000, 1, 2), time(3, 4, tzinfo=timezone.utc))", "dt.combine(date(2000, 1, 2), time(3, 4), timezone.utc)",
    "dt.combine(dt(2000, 1, 2, 5), time(3, 4, fold=1))", "dt.combine(1, time())", "dt.combine(date.today(), 1)",
    "dt.combine(date(2000, 1, 1), time(), 5)",
    "date(2000, 1, 2).replace(day=5)", "date(2000, 1, 2).replace(2001, 3)", "date(2000, 2, 29).replace(year=2001)",
    "time(1, 2).replace(minute=5, fold=1)", "time(1, 2).replace(tzinfo=timezone.utc)",
    "time(1, 2, tzinfo=timezone.utc).replace(tzinfo=None)", "time(1).replace(hour=25)", "time(1).replace(1, 2, 3, 4, None, 1)",
    "dt(2000, 1, 2).replace(hour=5, tzinfo=timezone.utc, fold=1)", "dt(2000, 1, 2).replace(month=2, day=30)",
    "dt(2000, 1, 2).replace(x=1)",
]:
    t(s)
