# sorted(dir()) of _datetime and of its types, one name per line
import _datetime

for name in sorted(dir(_datetime)):
    print(name)
for t in (_datetime.date, _datetime.datetime, _datetime.time, _datetime.timedelta,
          _datetime.tzinfo, _datetime.timezone):
    print("---", t.__name__, t.__module__, t.__qualname__, t.__mro__)
    for name in sorted(dir(t)):
        print(name)
print(type(_datetime.date(2000, 1, 1).isocalendar()).__mro__)
