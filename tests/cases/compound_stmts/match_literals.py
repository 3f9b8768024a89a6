# match: literal, capture, wildcard patterns; literal comparison semantics.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case True:
            return "True literal"
        case None:
            return "None literal"
        case -1:
            return "minus one"
        case 1 + 2j:
            return "complex"
        case "multi" "part":
            return "concatenated"
        case _:
            return "wildcard"
for v in [0, 0.0, False, 1.5, "hello", b"bytes", True, 1, None, -1, 1 + 2j, "multipart", [], "other"]:
    print(repr(v), "->", describe(v))
match 42:
    case captured:
        print("captured", captured)
match "value":
    case _:
        print("wildcard binds nothing")
print("_" in globals())
for src in ["match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "match x:\n    case a | b:\n        pass\n", "match x:\n    case f():\n        pass\n"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
