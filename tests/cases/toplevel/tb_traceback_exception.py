# traceback.TracebackException: from_exception, format with and without chain, format_exception_only, exc_type_str, stack, compact mode, max_group_width/depth, and print
import sys
import traceback
def fail():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
try:
    fail()
except ValueError as caught:
    e = caught
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type_str, str(te), len(te.stack), te.__context__.exc_type_str)
print("".join(te.format()), end="")
print("=== no chain")
print("".join(te.format(chain=False)), end="")
print("=== only", list(te.format_exception_only()))
compact = traceback.TracebackException.from_exception(e, compact=True)
print(compact.__context__ is not None)
eg = ExceptionGroup("g", [ExceptionGroup("h", [ValueError(i) for i in range(4)]), TypeError("t")])
narrow = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
print("".join(narrow.format()), end="")
te.print(file=sys.stdout)
print(te == traceback.TracebackException.from_exception(e))
