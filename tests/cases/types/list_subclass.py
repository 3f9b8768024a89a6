# list subclasses: which operations return the subclass vs list, overridden append not used by extend/+=, __init__ overriding, repr, equality
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class Log(list):
    def append(self, v):
        super().append(('logged', v))
    def __repr__(self):
        return 'Log' + super().__repr__()
lg = Log([1])
lg.append(2)
lg.extend([3])
lg += [4]
lg.insert(0, 0)
t(lambda: lg)
t(lambda: lg[1:3])
t(lambda: lg + [5])
t(lambda: [5] + lg)
t(lambda: lg * 2)
t(lambda: lg.copy())
t(lambda: sorted(Log([3, 1])))
t(lambda: list(reversed(Log([1, 2]))))
t(lambda: lg == [0, 1, ('logged', 2), 3, 4])
t(lambda: Log() == [])
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
t(lambda: Init(3))
t(lambda: Init(3)[::-1])
class Upper(list):
    def __getitem__(self, i):
        return str(super().__getitem__(i)).upper()
u = Upper(['a', 'b'])
t(lambda: u[0])
t(lambda: list(u))
t(lambda: [x for x in u])
t(lambda: u.pop())
t(lambda: ''.join(u))
t(lambda: isinstance(u, list))
class Sized(list):
    def __len__(self):
        return 99
t(lambda: len(Sized([1])))
t(lambda: bool(Sized()))
t(lambda: list(Sized([1, 2])))
