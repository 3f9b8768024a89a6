# del on names bound in different ways, and on containers during iteration.
def bound_by_import():
    import sys
    del sys
    return "sys" in locals()
print(bound_by_import())
def bound_by_for():
    for i in range(2):
        pass
    del i
    try:
        return i
    except UnboundLocalError:
        return "deleted loop variable"
print(bound_by_for())
def bound_by_def():
    def inner(): pass
    del inner
    return "inner" in locals()
print(bound_by_def())
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
lst = list(range(6))
del lst[::2], lst[0]
print(lst)
class Attrs:
    pass
o = Attrs()
o.a = o.b = 1
del o.a, o.b
print(vars(o))
x = 1
def try_del_global():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(try_del_global())
