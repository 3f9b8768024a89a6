# isoformat (timespec, sep) and fromisoformat's accepted and rejected forms
from datetime import date, time, datetime as dt, timedelta as td, timezone

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

for s in [
    "date(2000, 1, 2).isoformat()", "date(5, 1, 2).isoformat()", "time(1, 2, 3, 4).isoformat()",
    "time(1, 2, 3).isoformat('hours')", "time(1, 2, 3, 4567).isoformat('milliseconds')",
    "time(1, 2, 3).isoformat('microseconds')", "time(1, 2, 3).isoformat(timespec='minutes')",
    "time(1, 2, 3).isoformat('x')", "time(1).isoformat(1)",
    "time(1, tzinfo=timezone(td(hours=5, minutes=30))).isoformat()", "time(1, tzinfo=timezone(-td(seconds=5))).isoformat()",
    "time(1, tzinfo=timezone(td(microseconds=5))).isoformat()",
    "dt(2000, 1, 2, 3, 4, 5, 6).isoformat()", "dt(2000, 1, 2, 3, 4, 5).isoformat(' ')",
    "dt(2000, 1, 2).isoformat(sep='x', timespec='hours')", "dt(2000, 1, 2).isoformat('ab')", "dt(2000, 1, 2).isoformat(1)",
    "dt(2000, 1, 2).isoformat('\u00e9')", "str(dt(2000, 1, 2, tzinfo=timezone.utc))",
    "dt(2000, 1, 2, tzinfo=timezone(td(hours=-3))).isoformat(timespec='seconds')",
    "date.fromisoformat('2000-01-02')", "date.fromisoformat('20000102')", "date.fromisoformat('2000-W01-1')",
    "date.fromisoformat('2000W011')", "date.fromisoformat('2000-W01')", "date.fromisoformat('2000W01')",
    "date.fromisoformat('2000-1-2')", "date.fromisoformat('2000-01-02T')", "date.fromisoformat('2000-0102')",
    "date.fromisoformat('200001-02')", "date.fromisoformat('2000-02-30')", "date.fromisoformat('0000-01-01')",
    "date.fromisoformat('2000-W54-1')", "date.fromisoformat(b'2000-01-01')", "date.fromisoformat('２000-01-01')",
    "time.fromisoformat('01:02')", "time.fromisoformat('01:02:03')", "time.fromisoformat('01:02:03.4')",
    "time.fromisoformat('01:02:03,456789')", "time.fromisoformat('01:02:03.1234567')", "time.fromisoformat('T01:02')",
    "time.fromisoformat('0102')", "time.fromisoformat('010203')", "time.fromisoformat('010203.5')",
    "time.fromisoformat('01')", "time.fromisoformat('01:02:03+05:00')", "time.fromisoformat('01:02:03Z')",
    "time.fromisoformat('01:02:03-0530')", "time.fromisoformat('01:02:03+00:00')", "time.fromisoformat('01:02:03+01:02:03.5')",
    "time.fromisoformat('01:02:03+24:00')", "time.fromisoformat('24:00')", "time.fromisoformat('24:00:01')",
    "time.fromisoformat('25:00')", "time.fromisoformat('01:2')", "time.fromisoformat('01:02:')", "time.fromisoformat('01:02.5')",
    "time.fromisoformat('01:02:03.')", "time.fromisoformat('1')", "time.fromisoformat('')", "time.fromisoformat('01:02Zx')",
    "time.fromisoformat('01:02+1')", "time.fromisoformat('01:0203')", "time.fromisoformat(1)",
    "dt.fromisoformat('2000-01-02')", "dt.fromisoformat('2000-01-02T03:04')", "dt.fromisoformat('2000-01-02 03:04:05.6')",
    "dt.fromisoformat('2000-01-02x03')", "dt.fromisoformat('20000102T030405')", "dt.fromisoformat('2000-01-02T03:04:05+02:00')",
    "dt.fromisoformat('2000-01-02T03:04:05Z')", "dt.fromisoformat('2000-W01-1T03')", "dt.fromisoformat('2000W011T03')",
    "dt.fromisoformat('2000-W01T03')", "dt.fromisoformat('2000-01-02T24:00')", "dt.fromisoformat('2000-12-31T24:00')",
    "dt.fromisoformat('9999-12-31T24:00')", "dt.fromisoformat('2000-01-02T24:00:01')", "dt.fromisoformat('2000-01-02T25:00')",
    "dt.fromisoformat('2000-01-02T')", "dt.fromisoformat('2000-01')", "dt.fromisoformat('2000')", "dt.fromisoformat('2000-01-02\u00e903')",
    "dt.fromisoformat('2000-01-02T03:04:05.123456789')",
    "dt.fromisoformat('2000-01-02T03-05:30')", "dt.fromisoformat(dt(2000, 1, 2, 3, 4, 5, 6, timezone(td(hours=2))).isoformat())",
    "dt.fromisoformat(1)",
]:
    t(s)
