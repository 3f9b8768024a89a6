# finally runs for every way out of try: normal, return, break, continue, exception, and nested functions.
log = []
def exits(kind):
    for i in range(1):
        try:
            if kind == "return":
                return "returned"
            if kind == "break":
                break
            if kind == "continue":
                continue
            if kind == "raise":
                raise ValueError(kind)
        finally:
            log.append(kind)
    return "fell through"
for kind in ["normal", "return", "break", "continue", "raise"]:
    try:
        print(kind, "->", exits(kind))
    except ValueError as e:
        print(kind, "-> raised", e)
print(log)
def finally_value_not_returned():
    x = "original"
    try:
        return x
    finally:
        x = "changed in finally"
print(finally_value_not_returned())
def mutable_changed():
    x = ["original"]
    try:
        return x
    finally:
        x.append("appended in finally")
print(mutable_changed())
def generator_finally():
    try:
        yield 1
    finally:
        log.append("gen finally")
for v in generator_finally():
    pass
print(log[-1])
