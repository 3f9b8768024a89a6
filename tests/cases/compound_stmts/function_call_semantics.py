# Argument binding: defaults shared across calls, rebinding params, *args tuples, **kwargs copies.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)
def modify(lst, n):
    lst.append(n)
    n += 1
    lst = ["rebound"]
    return lst, n
data = [0]
num = 10
print(modify(data, num), data, num)
def star(*args):
    return type(args).__name__, args
print(star(), star(1), star(*[1, 2]))
def kw(**kwargs):
    kwargs["added"] = True
    return kwargs
source = {"a": 1}
print(kw(**source), source)
def defaults_eval_order(a=print("default a") or 1, *, b=print("default b") or 2):
    return a, b
print(defaults_eval_order())
def change_defaults(x=1):
    return x
change_defaults.__defaults__ = (42,)
print(change_defaults())
def kwdefaults(*, y=1):
    return y
kwdefaults.__kwdefaults__ = {"y": "new"}
print(kwdefaults())
def recursion_default(n, acc=None):
    acc = [] if acc is None else acc
    acc.append(n)
    return acc if n == 0 else recursion_default(n - 1, acc)
print(recursion_default(3), recursion_default(1))
