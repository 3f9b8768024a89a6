# datetime.IsoCalendarDate: a tuple with named fields that pickles as a plain tuple
import pickle
from datetime import date, datetime

c = date(2020, 5, 17).isocalendar()
T = type(c)
print(sorted(set(dir(T)) - set(dir(tuple))), T.__module__, T.__qualname__, T.__mro__, T.__doc__)
print(c, c.year, c.week, c.weekday, c[0], len(c), c == (2020, 20, 7), c.__reduce__(), hash(c))
print(datetime(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar(), date.max.isocalendar(), date.min.isocalendar())
for bad in ["T(1, 2)", "T(1, 2, 3, 4)", "T('1', 2, 3)", "T(year=1, week=2, day=3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, e)
print(T(1, 2, 3), T(year=1, week=2, weekday=3), type(T(1, 2, 3)).__name__)
try:
    c.year = 5
except AttributeError as e:
    print(e)
try:
    class S(T):
        pass
except TypeError as e:
    print(e)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(c, proto))
    print(proto, back, type(back).__name__)
