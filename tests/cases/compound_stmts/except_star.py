# except* with ExceptionGroup: splitting, nesting, re-raising the rest.
def handle(eg):
    try:
        raise eg
    except* ValueError as g:
        print("ValueError group:", repr(g.exceptions))
    except* TypeError as g:
        print("TypeError group:", repr(g.exceptions))
handle(ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")]))
try:
    handle(ExceptionGroup("rest", [ValueError("v"), KeyError("k")]))
except ExceptionGroup as eg:
    print("unhandled rest:", repr(eg), eg.message)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, repr(g.exceptions))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested split:", repr(g))
except* TypeError as g:
    print("nested types:", repr(g))
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.derive([KeyError("x")])))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("raised in handler")
except (KeyError, ExceptionGroup) as e:
    print("handler raise:", repr(e), repr(e.__context__))
for src in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n"]:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(str(ExceptionGroup("msg", [ValueError()])), ExceptionGroup("msg", [ValueError()]).message)
