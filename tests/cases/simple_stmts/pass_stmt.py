# pass in every block position.
def f():
    pass
class C:
    pass
for i in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open.__class__ if False else type(None) if False else memoryview(b"") as m:
    pass
print(f(), C.__name__, i)
def g():
    pass
    return "after pass"
print(g())
match 1:
    case 1:
        pass
print("done")
