match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=y) | Point(x=y, y=0):
        pass
    case [Point(x=0, y=0), *others]:
        pass
    case {"x": x, "y": y, **kw} if x > y:
        pass
    case (1 | 2 | 3) as n:
        pass
    case str() | bytes():
        pass
    case [1, 2, *rest] if rest:
        pass
    case -1 | -1.5 | -1j | 1 + 2j | 1 - 2j | -1 - 2j:
        pass
    case "abc" "def" | b"x" | f"" if 0:
        pass
    case Color.RED | mod.sub.CONST:
        pass
    case {1: _, **rest}:
        pass
    case (a, b, *c,):
        pass
    case [*_]:
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case A():
        pass
    case A(b, c, d=e, f=g,):
        pass
    case None | True | False:
        pass
    case _ if (x := 1):
        pass
match (x, y):
    case _: pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match not_a_keyword:
    case case: pass
def f[T, *Ts, **P](x: T, *args: *Ts, **kwargs: P.kwargs) -> T: ...
def g[T: (int, str), U: int = str](): ...
class K[T = int, *Ts = *tuple[int, ...], **P = [int, str]]: ...
type A[T] = list[T]
type B = int | str
async def af[T](): ...
