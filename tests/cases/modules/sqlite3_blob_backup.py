# sqlite3: Blob I/O, backup, serialize/deserialize, iterdump, limits and config
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(b blob)")
con.execute("insert into t values (?)", (b"abcdef",))
b = con.blobopen("t", "b", 1)
print(len(b), b.read(2), b.tell(), b[0], b[1:3], b[-1])
b.seek(0)
b.write(b"XY")
print(b.read(), b.tell())
def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b.write(b"toolongtoolong"))
attempt(lambda: b.seek(100))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b[10])
attempt(lambda: b.__setitem__(0, 300))
attempt(lambda: b.__setitem__(0, 65))
attempt(lambda: b.__setitem__(slice(0, 2), b"zz"))
attempt(lambda: b.__setitem__(slice(0, 2), b"zzz"))
attempt(lambda: b.__setitem__(slice(0, 6, 2), b"123"))
attempt(lambda: b.__delitem__(0))
attempt(lambda: b[::2])
b.seek(-2, 2)
attempt(lambda: b.read(100))
with b:
    pass
attempt(lambda: b.read())
ro = con.blobopen("t", "b", 1, readonly=True)
attempt(lambda: ro.write(b"a"))
attempt(lambda: con.blobopen("t", "b", 99))
attempt(lambda: con.blobopen("t", "nope", 1))

con.execute("create table items(id integer primary key, name text)")
con.executemany("insert into items(name) values (?)", [("a",), ("b",)])
con.commit()
target = sqlite3.connect(":memory:")
progress = []
con.backup(target, pages=1, progress=lambda status, remaining, total: progress.append((status, remaining, total)))
print(target.execute("select * from items").fetchall(), len(progress) > 0, progress[-1][1])
attempt(lambda: con.backup(con))
attempt(lambda: con.backup(5))
attempt(lambda: con.backup(target, progress=5))

image = con.serialize()
print(type(image).__name__, image[:16])
copy = sqlite3.connect(":memory:")
copy.deserialize(image)
print(copy.execute("select name from items").fetchall())
attempt(lambda: con.serialize(name="nope"))
attempt(lambda: copy.deserialize(b"not a database" * 10) or copy.execute("select * from items"))

for line in con.iterdump():
    print(line)

print(con.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED))
print(con.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1), con.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED))
attempt(lambda: con.getlimit(99))
print(con.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY))
con.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY)
print(con.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY))
con.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY, False)
print(con.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_FKEY))
attempt(lambda: con.getconfig(12345))
con.close()
attempt(lambda: b.read())
