# match: sequence patterns with fixed length, star patterns, nested patterns.
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *middle, last] if middle:
            return f"first {first} middle {middle} last {last}"
        case [_, _, *_]:
            return "unreachable here"
    return "no match"
for v in [[], [1], (1, 2), [1, 2, 3, 4], [1, 2, 3], range(2), "ab", b"ab", {1, 2}, {"a": 1}, 5, iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", shape(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match (1, 2, 3):
    case (1, *rest):
        print("tuple pattern rest", rest)
match [1, 2]:
    case (a, b):
        print("parenthesised sequence pattern matches list", a, b)
match [1, 2, 3]:
    case [*all_items]:
        print("star captures all", all_items)
match [0, 1]:
    case [0 | 1, 0 | 1] as bits:
        print("bits", bits)
match ["cmd", "go", "north"]:
    case ["cmd", ("go" | "move") as verb, direction]:
        print(verb, direction)
class Seqish:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]
match Seqish():
    case [a, b]:
        print("custom sequence", a, b)
    case _:
        print("not a registered Sequence")
