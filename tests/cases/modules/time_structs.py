# time.gmtime/struct_time/strftime/asctime/mktime on fixed instants (no local time of day printed).
import time

for t in [0, 86399.9, 1e9, -1, 951782400, 2**31]:
    g = time.gmtime(t)
    print(g, g.tm_zone, g.tm_gmtoff)
    print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %U %%', g), time.asctime(g))
print(time.strftime('', time.gmtime(0)), repr(time.strftime('a\0%Y\0', time.gmtime(0))))
print(time.asctime((2024, 2, 29, 1, 2, 3, 3, 60, 0)), time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
now = int(time.time())
print('mktime round trip', time.mktime(time.localtime(now)) == now)
lt = time.localtime(now)
print(type(lt.tm_zone), type(lt.tm_gmtoff), time.ctime(now) == time.asctime(lt))
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st.tm_zone, st.tm_gmtoff, len(st), st[:3], st.__reduce__())
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, 'XYZ', 3600))
print(st.tm_zone, st.tm_gmtoff, st.__reduce__())
print(st.__replace__(tm_year=1999, tm_zone='Q'), st.__replace__(tm_zone='Q').tm_zone)
print(time.struct_time.__match_args__, time.struct_time.n_fields, time.struct_time.n_sequence_fields, time._STRUCT_TM_ITEMS)
match st:
    case time.struct_time(tm_year=y, tm_mon=m):
        print('matched', y, m)
cls, args = st.__reduce__()
print(cls(*args) == st, cls(*args).tm_zone)
