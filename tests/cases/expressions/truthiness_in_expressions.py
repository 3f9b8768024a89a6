# Truth values used by if, while, and/or/not, conditional expressions and builtins.
values = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", "0", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0}, set(), {0}, range(0), range(1), None, False, True, ..., NotImplemented if False else 2]
print([bool(v) for v in values])
print([v for v in values if v][:6])
print([1 if v else 0 for v in values])
print(any(values), all(values), any([]), all([]))
print(sum(1 for v in values if not v))
print(list(filter(None, [0, 1, "", "a", None, [1]])))
print(0 or "" or [] or "last falsy?", 1 and "x" and [0])
print(max([0, False, 0.0]), min(["", "a"]) == "", sorted([True, False, 0, 1]))
