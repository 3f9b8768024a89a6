# sqlite3: executing statements, fetching rows, description/rowcount/lastrowid, Row, factories, binding errors
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("create table t(id integer primary key, name text, score real, data blob)")
print(cur.description, cur.rowcount)
cur.execute("insert into t(name, score, data) values (?, ?, ?)", ("ann", 1.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid)
cur.executemany("insert into t(name, score) values (:name, :score)", [{"name": "bob", "score": 2}, {"name": "cy", "score": None}])
print(cur.rowcount, cur.lastrowid)
cur.execute("update t set score = score * 2 where score is not null")
print("updated", cur.rowcount)
cur.execute("select * from t order by id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())
cur.execute("select id from t order by id")
print(cur.fetchmany(), cur.fetchmany(5), cur.fetchmany())
cur.arraysize = 2
print(cur.execute("select id from t").fetchmany())
print([r for r in con.execute("select name from t where id > ?", [1])])
print(con.execute("select 1, 'a', x'ff', null, 2.5, -9223372036854775808").fetchone())
print(con.execute("select 'x' as \"col [ignored]\"").description)
print(con.execute("select count(*) from t").fetchone()[0], con.total_changes)

con.row_factory = sqlite3.Row
row = con.execute("select id, name as Name from t where id = 1").fetchone()
print(type(row).__name__, row.keys(), len(row), row[0], row["name"], row["NAME"], row[-1], row[0:2], tuple(row))
print(row == con.execute("select id, name as Name from t where id = 1").fetchone(), hash(row) == hash(row))
for key in ("nope", 5, 1.5):
    try:
        row[key]
    except Exception as e:
        print(type(e).__name__, e)
con.row_factory = lambda cursor, r: {d[0]: v for d, v in zip(cursor.description, r)}
print(con.execute("select 1 as a, 2 as b").fetchone())
con.row_factory = None

con.text_factory = bytes
print(con.execute("select 'héllo'").fetchone())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("select 'abc'").fetchone())
con.text_factory = str
print(con.execute("select cast(x'ff' as text)").fetchone() if False else "skip")

def attempt(f):
    try:
        r = f()
        print("ok", r if not isinstance(r, sqlite3.Cursor) else "cursor")
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "sqlite_errorcode", None), getattr(e, "sqlite_errorname", None))

attempt(lambda: con.execute("select * from nope"))
attempt(lambda: con.execute("select 1; select 2"))
attempt(lambda: con.execute("select ?", (1, 2)))
attempt(lambda: con.execute("select :a", {"b": 1}))
attempt(lambda: con.execute("select :a", (1,)))
attempt(lambda: con.execute("select ?", {"a": 1}))
attempt(lambda: con.execute("select ?", (object(),)))
attempt(lambda: con.execute("select ?", (2**70,)))
attempt(lambda: con.executemany("select ?", [(1,)]))
attempt(lambda: con.execute("insert into t(id) values (1)"))
attempt(lambda: con.execute(42))
attempt(lambda: con.execute("select 1", 5))
attempt(lambda: con.execute(""))
attempt(lambda: con.execute("  -- only a comment"))
attempt(lambda: con.execute("select 1 /* trailing */ ; -- and more"))
attempt(lambda: sqlite3.Row(1, 2))
attempt(lambda: con.execute("select 1").fetchmany(-1))
attempt(lambda: sqlite3.connect("/nonexistent/dir/x.db"))
c2 = sqlite3.connect(":memory:")
cur2 = c2.cursor()
c2.close()
c2.close()
attempt(lambda: c2.execute("select 1"))
attempt(lambda: cur2.execute("select 1"))
attempt(lambda: c2.commit())
cur3 = con.cursor()
cur3.close()
attempt(lambda: cur3.execute("select 1"))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(con.executescript("create table u(a); insert into u values (1); insert into u values (2);").fetchall())
print(con.execute("select sum(a) from u").fetchone())
con.close()
