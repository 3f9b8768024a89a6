# match: value patterns (dotted names), constants vs captures, and comparison via ==.
class Status:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        TEAPOT = 418
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return other == "anything"
    __hash__ = None
class Consts:
    SPECIAL = Eq()
def describe(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Status.Nested.TEAPOT:
            return "teapot"
        case Consts.SPECIAL:
            return "special matched"
        case other:
            return f"other {other}"
for code in [200, 404, 418, 200.0, True, "anything", 500]:
    print(code, "->", describe(code))
OK = 999
match 200:
    case OK:
        print("bare name captures:", OK)
