# sqlite3: user functions, aggregates, window functions, collations, authorizer, progress handler, trace callback
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: x * 2)
con.create_function("kinds", -1, lambda *a: ",".join(type(x).__name__ for x in a), deterministic=True)
print(con.execute("select double(21), double('ab'), double(1.5)").fetchone())
print(con.execute("select kinds(1, 2.0, 'x', x'00', null)").fetchone())
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("weird", 0, lambda: object())
for sql in ("select boom()", "select weird()", "select nosuch()"):
    try:
        con.execute(sql).fetchone()
    except sqlite3.Error as e:
        print(type(e).__name__, e)
con.create_function("double", 1, None)
try:
    con.execute("select double(1)")
except sqlite3.OperationalError as e:
    print("removed:", e)

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, value):
        self.total += value
    def finalize(self):
        return self.total

con.execute("create table t(x)")
con.executemany("insert into t values (?)", [(i,) for i in range(1, 6)])
con.create_aggregate("mysum", 1, Sum)
print(con.execute("select mysum(x) from t").fetchone(), con.execute("select mysum(x) from t where x > 10").fetchone())

class BadStep:
    def step(self, v):
        raise ValueError
    def finalize(self):
        return 0
class BadFinal:
    def step(self, v):
        pass
    def finalize(self):
        raise ValueError
class BadInit:
    def __init__(self):
        raise ValueError
for name, cls in (("badstep", BadStep), ("badfinal", BadFinal), ("badinit", BadInit), ("nostep", int)):
    con.create_aggregate(name, 1, cls)
    try:
        con.execute(f"select {name}(x) from t").fetchone()
    except sqlite3.Error as e:
        print(type(e).__name__, e)

class WindowSum:
    def __init__(self):
        self.count = 0
    def step(self, value):
        self.count += value
    def value(self):
        return self.count
    def inverse(self, value):
        self.count -= value
    def finalize(self):
        return self.count
con.create_window_function("winsum", 1, WindowSum)
print(con.execute("select x, winsum(x) over (order by x rows between 1 preceding and 1 following) from t").fetchall())

con.create_collation("reverse", lambda a, b: -1 if a > b else (1 if a < b else 0))
con.execute("create table s(w)")
con.executemany("insert into s values (?)", [("b",), ("a",), ("c",)])
print(con.execute("select w from s order by w collate reverse").fetchall())
con.create_collation("reverse", None)
try:
    con.execute("select w from s order by w collate reverse")
except sqlite3.OperationalError as e:
    print(e)
try:
    con.create_collation("x", 5)
except TypeError as e:
    print("TypeError", e)

seen = []
def authorizer(action, a1, a2, db, source):
    seen.append((action, a1, a2, db, source))
    if a1 == "secret" or a2 == "secret":
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
con.execute("create table priv(secret, open)")
con.set_authorizer(authorizer)
print(con.execute("select open from priv").fetchall())
try:
    con.execute("select secret from priv")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
print(seen[0])
con.set_authorizer(None)
print(con.execute("select secret from priv").fetchall())

calls = []
con.set_progress_handler(lambda: calls.append(1), 1)
con.execute("select count(*) from t").fetchone()
print("progress called", len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select count(*) from t").fetchone()
except sqlite3.OperationalError as e:
    print(type(e).__name__, e)
con.set_progress_handler(None, 1)

traced = []
con.set_trace_callback(traced.append)
con.execute("select ? + 1", (41,)).fetchone()
con.execute("insert into t values ('it''s')")
con.set_trace_callback(None)
con.execute("select 2")
print(traced)
