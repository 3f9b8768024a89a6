# Random datetimes, timedeltas and offsets through arithmetic, comparison, formatting and parsing
# (a fixed seed, so the same operations run on both sides).
import random
from datetime import date, time, datetime, timedelta, timezone
R = random.Random(12345)
def rdt():
    return datetime(R.randint(1, 9999), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice([0, R.randint(0, 999999)]),
                    tzinfo=R.choice([None, timezone.utc, timezone(timedelta(minutes=R.randint(-1439, 1439))), timezone(timedelta(seconds=R.randint(-86399, 86399), microseconds=R.randint(0, 999999)))]), fold=R.randint(0, 1))
def rtd():
    return timedelta(R.randint(-10**6, 10**6), R.randint(-10**6, 10**6), R.randint(-10**7, 10**7))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for i in range(150):
    a, b, d, e = rdt(), rdt(), rtd(), rtd()
    k = R.randint(0, 9)
    n = R.choice([R.randint(-1000, 1000), R.random() * 100 - 50, 0.5, -1.5, 3])
    show(lambda: a + d)
    show(lambda: a - b)
    show(lambda: (a < b, a == b, a >= b))
    show(lambda: d * n)
    show(lambda: d / n)
    show(lambda: d // R.randint(-100, 100))
    show(lambda: (d % e, divmod(d, e), d / e, d // e))
    show(lambda: str(d))
    show(lambda: a.isoformat(timespec=R.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'])))
    show(lambda: datetime.fromisoformat(a.isoformat()) == a)
    show(lambda: a.date().isocalendar())
    show(lambda: a.timetuple())
    show(lambda: a.utctimetuple())
    show(lambda: a.astimezone(timezone(timedelta(hours=R.randint(-23, 23)))))
    show(lambda: a.timestamp() if a.tzinfo else None)
    show(lambda: datetime.fromtimestamp(R.uniform(-6e10, 2e11), timezone.utc))
    show(lambda: a.strftime('%Y-%m-%d %H:%M:%S.%f %z %Z %a %j %U %W'))
    show(lambda: a.ctime())
    show(lambda: timedelta(days=R.uniform(-1e6, 1e6), seconds=R.uniform(-1e6, 1e6), microseconds=R.uniform(-1e6, 1e6), milliseconds=R.uniform(-1e3, 1e3), minutes=R.uniform(-1e3, 1e3), hours=R.uniform(-100, 100), weeks=R.uniform(-100, 100)))
    show(lambda: (hash(a) == hash(b)) == (a == b) or a != b)
    show(lambda: time(a.hour, a.minute, a.second, a.microsecond, a.tzinfo) < time(b.hour, b.minute, b.second, b.microsecond, b.tzinfo))
