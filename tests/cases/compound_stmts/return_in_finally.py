# return/break/continue inside finally override or swallow the pending action.
def override_return():
    try:
        return "try"
    finally:
        return "finally"
def swallow_exception():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally won"
def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "after loop", i
def continue_swallows():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(override_return())
print(swallow_exception())
print(break_swallows())
print(continue_swallows())
def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print("outer finally")
print(nested())
