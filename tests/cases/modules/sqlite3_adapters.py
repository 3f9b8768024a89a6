# sqlite3: adapters (register_adapter, __conform__), converters with PARSE_DECLTYPES and PARSE_COLNAMES
import sqlite3

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def adapt_point(p):
    return f"{p.x};{p.y}"

def convert_point(b):
    x, y = map(float, b.split(b";"))
    return Point(x, y)

sqlite3.register_adapter(Point, adapt_point)
sqlite3.register_converter("point", convert_point)
print((Point, sqlite3.PrepareProtocol) in sqlite3.adapters, "POINT" in sqlite3.converters)

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table t(p point, q Point(10), r text)")
con.execute("insert into t values (?, ?, ?)", (Point(1, 2), Point(3, 4), "plain"))
print(con.execute("select p, q, r from t").fetchone())
cur = con.execute('select p as "p [text]", p as "r [point]" from t')
print(cur.fetchone(), [d[0] for d in cur.description])
print(con.execute("select null as \"n [point]\"").fetchone())

class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(5, 6)))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))

sqlite3.register_adapter(int, lambda i: str(i * 10))
print(con.execute("select ?, typeof(?)", (4, 4)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
print(con.execute("select ?", (True,)).fetchone())

sqlite3.register_converter("INTLIST", lambda b: [int(x) for x in b.split(b",")])
con.execute("create table l(v intlist)")
con.execute("insert into l values ('1,2,3')")
print(con.execute("select v from l").fetchone())
plain = sqlite3.connect(":memory:")
plain.execute("create table l(v intlist)")
plain.execute("insert into l values ('1,2,3')")
print(plain.execute("select v from l").fetchone())
try:
    sqlite3.register_converter(5, str)
except TypeError as e:
    print("TypeError", e)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
