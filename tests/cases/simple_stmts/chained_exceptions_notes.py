# add_note, __notes__, with_traceback and exception attributes.
try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__, str(err))
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
e = KeyError("k")
print(hasattr(e, "__notes__"), e.__traceback__)
try:
    raise e
except KeyError as caught:
    print(caught.__traceback__ is not None, caught is e)
e2 = RuntimeError("wt")
print(e2.with_traceback(None) is e2)
print(BaseException().args, Exception(1).args, Exception(1, 2).args, str(Exception(1, 2)))
print(StopIteration(5).value, SystemExit(3).code, KeyboardInterrupt().args)
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(NameError("n", name="x").name, AttributeError("a", name="y", obj=None).name)
print(str(KeyError()), str(KeyError("a", "b")), repr(ValueError("x",)))
