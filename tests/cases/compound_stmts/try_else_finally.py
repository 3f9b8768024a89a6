# try/except/else/finally ordering and control flow.
def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False), run(True))
def finally_return_overrides():
    try:
        return "try"
    finally:
        print("finally executing")
print(finally_return_overrides())
def else_exception():
    try:
        pass
    except ValueError:
        return "caught in except"
    else:
        raise ValueError("from else")
try:
    else_exception()
except ValueError as e:
    print("else exception not caught by sibling except:", e)
def finally_after_break():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
print(finally_after_break())
def nested_finally():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
    finally:
        print("outer finally")
nested_finally()
def finally_sees_exception():
    import sys
    try:
        raise IndexError("i")
    finally:
        print("in finally, exception:", type(sys.exception()).__name__)
try:
    finally_sees_exception()
except IndexError:
    print("propagated after finally")
def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees n =", n)
print(counter())
