# A ref subclass with __slots__ and a key, removing dead entries from a dict through its
# callback (the pattern of weakref.KeyedRef and importlib's module-lock table).
import _weakref


class Table:
    def __init__(self):
        self.data = {}
        table_ref = _weakref.ref(self)

        class Entry(_weakref.ref):
            __slots__ = ("key",)

            def __new__(cls, ob, key):
                entry = super().__new__(cls, ob, cls.remove)
                entry.key = key
                return entry

            def __init__(self, ob, key):
                super().__init__(ob, self.remove)

            @staticmethod
            def remove(entry):
                table = table_ref()
                if table is not None:
                    print("removing", entry.key)
                    _weakref._remove_dead_weakref(table.data, entry.key)

        self.Entry = Entry

    def put(self, key, value):
        self.data[key] = self.Entry(value, key)

    def get(self, key):
        entry = self.data.get(key)
        return None if entry is None else entry()


class Lock:
    def __init__(self, name):
        self.name = name


t = Table()
locks = [Lock(n) for n in "abc"]
for lock in locks:
    t.put(lock.name, lock)
print(sorted(t.data), t.get("b").name, type(t.data["a"]).__name__, t.data["a"].key)
print(_weakref.getweakrefcount(locks[0]), type(_weakref.getweakrefs(locks[0])[0]).__name__)
try:
    t.data["a"].other = 1
except AttributeError as e:
    print("AttributeError:", e)
del locks[1]
print(sorted(t.data), t.get("b"))
locks.clear()
print(sorted(t.data))
# a replaced entry: the old entry dies with its referent still alive
keep = Lock("k")
t.put("k", keep)
t.put("k", keep)
print(_weakref.getweakrefcount(keep))
del keep
print(sorted(t.data))
