# Local-time conversions (fromtimestamp, timestamp, astimezone with the local zone) in zones set
# through TZ and time.tzset(); the reference only knows UTC, so compared with Linux CPython.
import os
import time
from datetime import date, datetime, timedelta, timezone


def show_zone():
    for ts in [0, 1604209000, 1604212600, 1604216200, 1583650000, 1583654400, 4e9, -2e9, 1e10]:
        d = datetime.fromtimestamp(ts)
        print(ts, d, d.fold, d.timestamp(), d.astimezone(), d.astimezone().tzname(), date.fromtimestamp(ts))
    for d in [datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(2020, 3, 8, 2, 30),
              datetime(2020, 3, 8, 2, 30, fold=1), datetime(1900, 1, 1), datetime(2050, 6, 1)]:
        print(d, d.timestamp(), d.astimezone(), d.astimezone(timezone.utc), d.astimezone().tzinfo)
    u = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
    print(u.astimezone(), u.astimezone().fold, (u + timedelta(hours=1)).astimezone())
    print(datetime.now().tzinfo, type(datetime.now().astimezone().tzinfo).__name__)
    print(datetime(2020, 6, 1, 12).timetuple(), datetime(2020, 6, 1, 12).utctimetuple())


for zone in ["America/New_York", "Europe/London", "Australia/Lord_Howe", "UTC"]:
    os.environ["TZ"] = zone
    time.tzset()
    print("==", zone)
    show_zone()
