# Exceptions propagate up the call stack through frames and finally blocks.
def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("wrong handler")
try:
    level1()
except ValueError as e:
    print("caught at top:", e)
def handler_reraises():
    try:
        raise TypeError("first")
    except TypeError:
        print("handling")
        raise
try:
    handler_reraises()
except TypeError as e:
    print("reraised", e)
def depth(n):
    if n == 0:
        raise RuntimeError("bottom")
    return depth(n - 1)
try:
    depth(50)
except RuntimeError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("traceback entries:", count)
def catch_base():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "Exception caught it"
    except BaseException as e:
        return "BaseException caught " + type(e).__name__
print(catch_base())
def generator_raises():
    yield 1
    raise IndexError("from generator")
try:
    for v in generator_raises():
        print("got", v)
except IndexError as e:
    print("loop ended by", e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(e)
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, repr(e), e.args)
print([c.__name__ for c in KeyError.__mro__])
