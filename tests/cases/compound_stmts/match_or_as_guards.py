# match: or-patterns, as-patterns, guards, group patterns and binding rules.
def classify(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case (4 | 5) as n:
            return f"medium {n}"
        case [x, y] | (x, y, _) if x < y:
            return f"ascending pair {x} {y}"
        case int() | float() as num if num > 100:
            return f"big {num}"
        case str() | bytes():
            return "text"
        case _:
            return "other"
for v in [2, 5, [1, 2], (3, 4, 0), [5, 1], 500, 1e9, 50, "s", b"b", None]:
    print(repr(v), "->", classify(v))
calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match 10:
    case int() if guard("first", False):
        pass
    case 10 if guard("second", True):
        print("second guard matched")
print(calls)
match [1, 2]:
    case [a, b] if a > b:
        print("not taken")
    case [a, b]:
        print("bindings after failed guard", a, b)
match {"k": [1, 2]}:
    case {"k": [_, (2 | 3) as second]} as whole:
        print(second, whole)
match 5:
    case (((x))):
        print("group pattern", x)
try:
    compile("match v:\n    case [x] | [y]:\n        pass\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match v:\n    case [x, x]:\n        pass\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("match v:\n    case 1 as _:\n        pass\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
x = "unchanged"
match 1:
    case 2 | 3:
        pass
print(x)
match 7:
    case n if n > 5:
        print("n is", n)
print("n leaked:", n)
