# Arithmetic of timedelta, date, datetime and time (including mixed types and overflow)
from datetime import date, time, datetime as dt, timedelta as td, timezone

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

for s in [
    "td(1) + td(0, 1)", "td(1) - td(0, 1)", "-td(1, 2, 3)", "+td(1, 2, 3)", "abs(td(-1, 2, 3))", "abs(td(1))",
    "td(1) * 3", "3 * td(1)", "td(1) * -1", "td(hours=1) * 1.5", "1.5 * td(hours=1)", "td(microseconds=1) * 0.5",
    "td(microseconds=3) * 0.5", "td(1) * 0.1", "td(1) * float('nan')", "td(1) * float('inf')", "td(1) * 'a'",
    "td(1) * True", "td(1) * 10**9", "td(1) / 3", "td(1) / 7", "td(microseconds=5) / 2", "td(microseconds=7) / 2",
    "td(microseconds=-5) / 2", "td(1) / 0.5", "td(1) / 0", "td(1) / 0.0", "td(1) / td(hours=1)", "td(1) / td(0)",
    "td(hours=3) / td(hours=2)", "td(1) // 7", "td(1) // td(hours=5)", "td(-1) // td(hours=5)", "td(1) // 0",
    "td(1) // td(0)", "td(1) // 1.5", "td(1) % td(hours=5)", "td(-1) % td(hours=5)", "td(1) % 5", "td(1) % td(0)",
    "divmod(td(1), td(hours=5))", "divmod(td(-1), td(hours=7))", "divmod(td(1), 5)", "divmod(td(1), td(0))",
    "td(1) + 1", "1 + td(1)", "td(1) - 1", "td(1) ** 2", "td.max + td(0, 0, 1)", "td.min - td(0, 0, 1)",
    "-td.max", "-td.min", "abs(td.min)", "td.max * 2", "td(0) == 0", "bool(td(0))", "bool(td(0, 0, 1))",
    "td(1) < td(2)", "td(1) <= td(1)", "td(1) > td(0, 86399)", "td(1) == td(0, 86400)", "td(1) != td(1)",
    "td(1) < 1", "td(1) == 1", "td(1) != 'x'",
    "date(2000, 1, 1) + td(31)", "td(31) + date(2000, 1, 1)", "date(2000, 1, 1) - td(1)", "date(2000, 3, 1) - td(1)",
    "date(2000, 1, 1) + td(0, 86399)", "date(2000, 1, 1) - td(0, 1)", "date(2000, 1, 1) - date(1999, 1, 1)",
    "date(2000, 1, 1) - dt(1999, 1, 1)", "dt(2000, 1, 1) - date(1999, 1, 1)", "date(2000, 1, 1) + 1",
    "date(2000, 1, 1) + date(2000, 1, 1)", "date.max + td(1)", "date.min - td(1)", "date.max - date.min",
    "date(2000, 1, 1) - td.max", "date(2000, 1, 1) + td(-1000000)",
    "dt(2000, 1, 1) + td(0, 1)", "td(1, 2, 3) + dt(2000, 1, 1)", "dt(2000, 1, 1) - td(0, 0, 1)",
    "dt(2000, 1, 1, tzinfo=timezone.utc) + td(hours=25)", "dt(2000, 1, 1, fold=1) + td(0)",
    "dt(2000, 1, 2) - dt(2000, 1, 1, 12)", "dt(2000, 1, 1) - dt(2000, 1, 2, 0, 0, 0, 1)",
    "dt(2000, 1, 1, tzinfo=timezone.utc) - dt(2000, 1, 1, tzinfo=timezone(td(hours=1)))",
    "dt(2000, 1, 1) - dt(2000, 1, 1, tzinfo=timezone.utc)", "dt.max + td(0, 0, 1)", "dt.min - td(0, 0, 1)",
    "dt.max - dt.min", "dt(2000, 1, 1) + dt(2000, 1, 1)", "dt(2000, 1, 1) - 1", "1 - dt(2000, 1, 1)",
    "dt(2000, 1, 1) + date(2000, 1, 1)", "time(1) + td(1)", "time(1) - time(0)", "td(1) - dt(2000, 1, 1)",
]:
    t(s)
