# fromisoformat of the three classes on random and mutated ISO strings (fixed seed).
import random
from datetime import date, time, datetime, timedelta, timezone
R = random.Random(7)
alpha = "0123456789-:T W.,+Z" 
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
bases = ["2020-01-02", "20200102", "2020-W01-3", "2020W013", "2020-W53", "12:34:56.789", "12:34", "T12", "2020-01-02T12:34:56+05:30", "2020-01-02 24:00", "1234567"]
for i in range(600):
    if R.random() < 0.5:
        s = "".join(R.choice(alpha) for _ in range(R.randint(0, 26)))
    else:
        s = list(R.choice(bases))
        for _ in range(R.randint(0, 3)):
            op = R.randint(0, 2)
            pos = R.randint(0, len(s))
            if op == 0: s.insert(pos, R.choice(alpha))
            elif op == 1 and s: s.pop(min(pos, len(s) - 1))
            elif s: s[min(pos, len(s) - 1)] = R.choice(alpha)
        s = "".join(s)
    print(repr(s))
    show(lambda: date.fromisoformat(s))
    show(lambda: time.fromisoformat(s))
    show(lambda: datetime.fromisoformat(s))
