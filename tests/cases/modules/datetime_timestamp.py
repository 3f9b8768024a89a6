# Timestamps in UTC (the local zone is platform state, so only aware/UTC results are printed)
import warnings
from datetime import date, datetime as dt, timedelta as td, timezone, UTC

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

for s in [
    "dt.fromtimestamp(0, UTC)", "dt.fromtimestamp(0.5, UTC)", "dt.fromtimestamp(1.9999999, UTC)",
    "dt.fromtimestamp(-1.0000005, UTC)", "dt.fromtimestamp(1e-7, UTC)", "dt.fromtimestamp(0.0000015, UTC)",
    "dt.fromtimestamp(0.0000025, UTC)", "dt.fromtimestamp(-0.0000025, UTC)", "dt.fromtimestamp(1234567890.123456, UTC)",
    "dt.fromtimestamp(1234567890, timezone(td(hours=-5)))", "dt.fromtimestamp(True, UTC)",
    "dt.fromtimestamp(float('nan'), UTC)", "dt.fromtimestamp(float('inf'), UTC)", "dt.fromtimestamp('1', UTC)",
    "dt.fromtimestamp(0, tz=5)", "dt.fromtimestamp(timestamp=0, tz=UTC)", "dt.fromtimestamp(1e300, UTC)",
    "dt(2000, 1, 1, tzinfo=UTC).timestamp()", "dt(1970, 1, 1, 0, 0, 0, 1, tzinfo=UTC).timestamp()",
    "dt(1, 1, 1, tzinfo=UTC).timestamp()", "dt(2000, 1, 1, tzinfo=timezone(td(hours=2))).timestamp()",
    "dt.now(UTC).tzinfo", "type(dt.now(timezone(td(hours=3))).tzinfo)", "dt.now(tz=5)",
    "dt(2000, 1, 1, 12, tzinfo=UTC).astimezone(timezone(td(hours=-8)))", "dt(2000, 1, 1, tzinfo=UTC).astimezone(UTC)",
    "dt(2000, 1, 1, tzinfo=UTC).astimezone(5)", "dt.min.replace(tzinfo=UTC).astimezone(timezone(td(hours=-1)))",
    "date.fromtimestamp(float('nan'))", "date.fromtimestamp('x')",
]:
    t(s)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(dt.utcfromtimestamp(86400.5), dt.utcnow().tzinfo)
    for x in w:
        print(x.category.__name__, x.message)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        dt.utcfromtimestamp(0)
    except DeprecationWarning as e:
        print("error:", e)
