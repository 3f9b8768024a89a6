# except* handlers: multiple matches, else/finally, naked exceptions, and return rules.
def run(exc):
    log = []
    try:
        if exc:
            raise exc
    except* KeyError as g:
        log.append(f"KeyError x{len(g.exceptions)}")
    except* (ValueError, TypeError) as g:
        log.append(f"Value/Type x{len(g.exceptions)}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(None))
print(run(KeyError("k")))
print(run(ExceptionGroup("g", [KeyError(1), ValueError(2), TypeError(3), KeyError(4)])))
try:
    run(ExceptionGroup("g", [OSError("unhandled"), KeyError(0)]))
except ExceptionGroup as e:
    print("leftover:", repr(e))
try:
    compile("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
class MyGroup(ExceptionGroup):
    pass
try:
    raise MyGroup("custom", [ValueError("v")])
except* ValueError as g:
    print("subclass group matched:", type(g).__name__, g.message)
