# gc.is_tracked for dicts and tuples in the states CPython 3.14 reports: a dict is
# tracked from its creation whatever it holds (3.14 no longer untracks dicts of
# atomic values), a tuple of untracked items is born untracked, and a tuple that
# holds untracked tuples is untracked by the next collection.
import copy
import gc


class C:
    pass


def args(*a, **k):
    return a, k


d = {}
d["a"] = 1
states = [
    ("empty literal", {}),
    ("atomic literal", {"a": 1, "b": "x"}),
    ("dict()", dict()),
    ("dict(a=1)", dict(a=1)),
    ("fromkeys", dict.fromkeys("abc")),
    ("comprehension", {i: i for i in range(3)}),
    ("copy", {"a": 1}.copy()),
    ("union", {"a": 1} | {"b": 2}),
    ("unpacked", {**{"a": 1}, "b": 2}),
    ("zip", dict(zip("ab", (1, 2)))),
    ("deepcopy", copy.deepcopy({"a": 1})),
    ("set item", d),
    ("instance __dict__", vars(C())),
    ("kwargs", args(a=1)[1]),
]
for name, obj in states:
    print(name, gc.is_tracked(obj))

holder = {"k": []}
print("holding a list", gc.is_tracked(holder))
del holder["k"]
gc.collect()
print("list removed, collected", gc.is_tracked(holder))
atomic = {"a": 1, "b": (1, 2)}
gc.collect()
print("atomic after collect", gc.is_tracked(atomic))

inner = (1, 2)
print("atomic tuple", gc.is_tracked(inner), gc.is_tracked(tuple([1, "a", None])))
print("varargs", gc.is_tracked(args(1, 2)[0]), gc.is_tracked(args()[0]))
print("holding a dict", gc.is_tracked(({},)), "holding a list", gc.is_tracked(([],)))
outer = (inner, 3)
nested = (outer, "x")
with_list = (inner, [])
print("nested", gc.is_tracked(outer), gc.is_tracked(nested), gc.is_tracked(with_list))
gc.collect()
print("nested after collect", gc.is_tracked(outer), gc.is_tracked(nested), gc.is_tracked(with_list))
with_dict = ({}, 1)
gc.collect()
print("dict item after collect", gc.is_tracked(with_dict))
pairs = list({"a": 1}.items())
print("items pair", gc.is_tracked(pairs[0]))
print("zip of lists", gc.is_tracked(next(zip([[]], "b"))))
