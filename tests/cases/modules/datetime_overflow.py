# Overflow and range errors with huge arguments (values beyond 64-bit C types, so the messages
# do not depend on the word size).
from datetime import *
def t(s):
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
for s in ["timedelta(10**30)", "timedelta(microseconds=10**30)", "timedelta(1)*10**30", "timedelta(1)/10**-0.0000001" , "timedelta(1)//10**30", "timedelta(days=1e300)", "timedelta(seconds=-1e300)",
          "date.fromordinal(10**30)", "datetime.fromtimestamp(10**30, UTC)", "datetime.fromtimestamp(-10**30, UTC)", "datetime.fromtimestamp(1e200, UTC)", "date(2000,1,1).replace(year=10**30)",
          "time(10**30)", "datetime(2000,1,1)+timedelta.max", "date.fromisocalendar(2000, 10**30, 1)", "timezone(timedelta(hours=23), 'x'*10)", "timedelta(1) * 1e308", "timedelta(1) / 1e-308", "timedelta.max / 0.5"]:
    t(s)
