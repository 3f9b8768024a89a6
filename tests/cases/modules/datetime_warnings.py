# The deprecation warnings of utcfromtimestamp() and utcnow(), attributed to the calling line.
import datetime
def f():
    return datetime.datetime.utcfromtimestamp(0)
f()
datetime.datetime.utcnow()
