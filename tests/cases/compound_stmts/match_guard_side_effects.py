# match guards evaluate only when the pattern matches; captures are bound before the guard runs.
trace = []
def guard(name, v):
    trace.append((name, v))
    return v > 2
for value in [[1], [3], [5, 6], "text"]:
    match value:
        case [x] if guard("single", x):
            print("big single", x)
        case [x, y] if guard("pair", x + y):
            print("big pair", x, y)
        case [x]:
            print("small single", x)
        case _:
            print("other", value)
print(trace)
match 4:
    case n if (doubled := n * 2) > 5:
        print("walrus in guard", doubled)
