# match: mapping keys that are value patterns or literals, class patterns on builtins with one positional.
KEY = "dyn"
class K:
    NAME = "name"
match {"dyn": 1, "name": "x", 3: "three", None: "none", True: "t"}:
    case {K.NAME: n, 3: three, None: nn, True: t}:
        print(n, three, nn, t)
for v in [1, 1.0, "1", b"1", (1,), [1], {1}, frozenset({1}), {"k": 1}, bytearray(b"1"), range(1)]:
    match v:
        case int(x) | float(x):
            print("number", x)
        case str(x) | bytes(x) | bytearray(x):
            print("text-ish", x)
        case tuple((x,)) | list([x]):
            print("one-item sequence", x)
        case set() | frozenset():
            print("set-ish", sorted(v))
        case dict({"k": x}):
            print("dict with k", x)
        case _:
            print("unmatched", type(v).__name__)
class Sub(int):
    pass
match Sub(7):
    case int(n):
        print("int subclass matches int()", n, type(n).__name__)
match 5:
    case bool():
        print("bool")
    case int():
        print("5 is not bool")
