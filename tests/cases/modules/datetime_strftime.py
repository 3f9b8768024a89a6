# strftime/__format__ (%z, %:z, %Z, %f, small years) and strptime through _strptime
from datetime import date, time, datetime as dt, timedelta as td, timezone, tzinfo

class Pct(tzinfo):
    def utcoffset(self, d):
        return td(hours=-2, minutes=-15)
    def tzname(self, d):
        return "A%B"
    def dst(self, d):
        return None

class BadName(tzinfo):
    def utcoffset(self, d):
        return td(0)
    def tzname(self, d):
        return 5

def t(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
    else:
        print(expr, "->", repr(r))

for s in [
    "date(2000, 1, 2).strftime('%Y-%m-%d %H:%M:%S %j %a %b')", "date(2000, 1, 2).strftime('%z|%Z|%f|%:z')",
    "dt(2000, 1, 2, 3, 4, 5, 6).strftime('%Y %H:%M:%S.%f %z %Z')", "dt(2000, 1, 2, tzinfo=timezone.utc).strftime('%z %:z %Z')",
    "dt(2000, 1, 2, tzinfo=Pct()).strftime('%z %:z %Z %%Z')", "dt(2000, 1, 2, tzinfo=timezone(td(seconds=-1, microseconds=5))).strftime('%z')",
    "time(1, 2, 3, 4).strftime('%H:%M:%S.%f %Y %z')", "time(1, tzinfo=timezone(td(hours=3), 'X')).strftime('%z %Z')",
    "dt(5, 1, 2).strftime('%Y|%C|%F|%G')", "dt(999, 1, 2).strftime('%Y %G')", "dt(1000, 1, 2).strftime('%Y')",
    "date(2000, 1, 2).strftime(1)", "date(2000, 1, 2).strftime(format='%d')", "date(2000, 1, 2).strftime('%')",
    "dt(2000, 1, 2, tzinfo=BadName()).strftime('%Z')", "format(date(2000, 1, 2), '%d/%m')", "format(date(2000, 1, 2), '')",
    "format(dt(2000, 1, 2, 3), '')", "format(time(3), '%H')", "format(time(3), '')", "'{:%Y}'.format(date(2000, 1, 1))",
    "date(2000, 1, 2).__format__(1)",
    "dt.strptime('2000-01-02 03:04:05', '%Y-%m-%d %H:%M:%S')", "dt.strptime('2000-01-02 +0130', '%Y-%m-%d %z')",
    "dt.strptime('2000-01-02 UTC', '%Y-%m-%d %Z')", "dt.strptime('5', '%f')", "date.strptime('2000-01-02', '%Y-%m-%d')",
    "time.strptime('03:04:05.5', '%H:%M:%S.%f')", "time.strptime('03:04 -0200', '%H:%M %z')", "dt.strptime('x', '%Y')",
    "dt.strptime(1, '%Y')",
]:
    t(s)
