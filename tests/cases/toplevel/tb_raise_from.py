# An uncaught exception with an explicit cause prints both tracebacks.
def read(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as exc:
        raise LookupError(f"no setting {key!r}") from exc
read("b")
