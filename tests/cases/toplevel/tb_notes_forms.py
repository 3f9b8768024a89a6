# Notes on uncaught exceptions: several notes, multi-line notes, a non-string note, a note on a chained exception, and a broken __notes__
class Weird:
    def __str__(self):
        raise RuntimeError("no str")
try:
    e = KeyError("k")
    e.add_note("first note")
    e.add_note("second\nnote over two lines")
    e.__notes__.append(Weird())
    e.__notes__.append(123)
    raise e
except KeyError as inner:
    outer = ValueError("outer")
    outer.__notes__ = "a string, not a list"
    raise outer
