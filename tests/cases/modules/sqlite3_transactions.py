# sqlite3: isolation_level and autocommit (3.12) transaction handling, context manager, commit/rollback
import sqlite3

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.autocommit, con.in_transaction)
con.execute("create table t(x)")
print("after DDL", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction)
con.rollback()
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.execute("insert into t values (2)")
con.commit()
print(con.execute("select * from t").fetchall(), con.in_transaction)

with con:
    con.execute("insert into t values (3)")
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
try:
    with con:
        con.execute("insert into t values (4)")
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(con.execute("select count(*) from t").fetchone())

for level in ("DEFERRED", "immediate", "Exclusive", None, ""):
    con.isolation_level = level
    print(repr(con.isolation_level))
for bad in ("foo", 5):
    try:
        con.isolation_level = bad
    except Exception as e:
        print(type(e).__name__, e)

con.isolation_level = None
con.execute("insert into t values (5)")
print("autocommit mode", con.in_transaction)
con.execute("begin")
print("explicit begin", con.in_transaction)
con.execute("insert into t values (6)")
con.isolation_level = ""
print("after switching back", con.in_transaction)
con.close()

con = sqlite3.connect(":memory:", autocommit=False)
print(con.autocommit, con.in_transaction)
con.execute("create table t(x)")
con.commit()
print("after commit", con.in_transaction)
con.execute("insert into t values (1)")
con.rollback()
print(con.execute("select count(*) from t").fetchone(), con.in_transaction)
con.autocommit = True
print(con.autocommit, con.in_transaction)
con.execute("insert into t values (7)")
print(con.in_transaction, con.total_changes)
con.autocommit = sqlite3.LEGACY_TRANSACTION_CONTROL
print(con.autocommit)
for bad in (5, "yes", None):
    try:
        con.autocommit = bad
    except Exception as e:
        print(type(e).__name__, e)
con.close()

con = sqlite3.connect(":memory:", isolation_level=None)
print(repr(con.isolation_level))
con.close()
try:
    sqlite3.connect(":memory:", isolation_level="bogus")
except ValueError as e:
    print("ValueError", e)

class MyConnection(sqlite3.Connection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag = "mine"
c = sqlite3.connect(":memory:", factory=MyConnection)
print(type(c).__name__, c.tag, c.execute("select 42").fetchone())
class MyCursor(sqlite3.Cursor):
    pass
print(type(c.cursor(MyCursor)).__name__, type(c.cursor(factory=MyCursor)).__name__)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), c.Error is sqlite3.Error, c.OperationalError is sqlite3.OperationalError)
print([cls.__name__ for cls in sqlite3.DataError.__mro__])
