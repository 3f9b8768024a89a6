def f(x):
    match x:
        case [1, 2, *rest] if rest:
            return rest
        case [a, *_, b]:
            return a, b
        case [_, _, *_]:
            return 0
        case (1 | 2 | 3) as n:
            return n
        case {"a": 1, "b": [c, d], **kw}:
            return c, d, kw
        case {"k": v}:
            return v
        case {}:
            return None
        case Point(x=0, y=yy) | Point(yy, 0):
            return yy
        case Point(1, _, z=_):
            return 1
        case str() | bytes():
            return 2
        case None | True:
            return 3
        case C.D.e:
            return 4
        case [*_]:
            return 5
        case [[a, b], [c, *d]]:
            return a
        case _:
            return 6

def g(x):
    match x:
        case (a, b) | (b, a):
            pass
        case {"x": [a, *b]} | {"y": [*b, a]}:
            pass
        case [*a, b, c]:
            pass
        case y:
            pass

def h(x):
    match x:
        case 1:
            pass
    match x:
        case _:
            pass
    match x:
        case _ if x:
            pass
    match x:
        case a if a:
            pass
        case -1:
            y = 1
        case _:
            y = 2
    return y
class K:
    match __x:
        case [__y, *__z]:
            pass
        case {"a": __w}:
            pass
match (yield_ := 1):
    case int(real=r) if r > 0:
        print(r)
    case [1, [2, [3, [4]]]]:
        pass
    case {1: _, 1.5: _, b"x": _, None: _}:
        pass
    case [a, b, c, d, e, f, *g]:
        pass
import enum
class Color(enum.Enum):
    RED = 1
def f(cmd, seq):
    for item in seq:
        match item:
            case Color.RED | Color.RED as c if c:
                continue
            case [x, y] | [y, x] | {"a": x, "b": y}:
                break
            case {Color.RED: v, "k": [*rest], **others}:
                return v, rest, others
            case (a, (b, c), *d) | (d, (c, b), *a):
                pass
            case Point(x1, y1, z=(1 | 2) as z1):
                pass
            case [1, 2, *_, 3, 4]:
                pass
            case [*_, 1]:
                pass
            case [1, *_]:
                pass
            case "abc" | b"abc" | 1.5 | -2 | 3+4j:
                pass
            case [[]] | [{}] | [()]:
                pass
            case _:
                try:
                    pass
                finally:
                    x = None
    match cmd.split():
        case [("go" | "move") as verb, direction] if direction in ("n", "s"):
            return verb
        case ["drop", *objs]:
            return objs
        case other:
            return other
match __name__:
    case "__main__":
        x = 1
    case str(s):
        x = s
class K:
    match 1:
        case q:
            r = q
match x:
    case 1 - 0j: pass
    case -0.0 + 0j: pass
    case -0 - 0j: pass
    case 0 - 0j: pass
    case True: pass
    case -1.5: pass
    case 10000000000000000000000 + 1j: pass
