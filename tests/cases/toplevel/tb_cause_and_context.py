# A chain mixing explicit causes and implicit contexts over three exceptions: both linking sentences, in order
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError("could not parse") from e
def load():
    try:
        parse("x1")
    except LookupError:
        raise RuntimeError("load failed")
load()
