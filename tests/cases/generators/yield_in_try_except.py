# yield inside try/except/else/finally: which clauses run depending on how the consumer resumes.
def g(log):
    try:
        log.append("try")
        value = yield "in try"
        log.append(f"resumed with {value}")
    except KeyError as e:
        log.append(f"except {e}")
        yield "in except"
    else:
        log.append("else")
        yield "in else"
    finally:
        log.append("finally")
for how in ["send", "throw", "close"]:
    log = []
    gen = g(log)
    first = next(gen)
    if how == "send":
        second = gen.send("value")
    elif how == "throw":
        second = gen.throw(KeyError("k"))
    else:
        gen.close()
        second = None
    rest = list(gen)
    print(how, first, second, rest, log)
