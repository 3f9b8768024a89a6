# The traceback module's formatting functions: format_exc, format_exception (chain, limit), format_exception_only, format_tb, extract_tb, FrameSummary fields, format_list and StackSummary
import traceback
def inner():
    return [1][2]
def outer():
    try:
        inner()
    except IndexError as e:
        raise ValueError("wrapped") from e
try:
    outer()
except ValueError as e:
    caught = e
print("".join(traceback.format_exception(caught)), end="")
print("--- chain=False")
print("".join(traceback.format_exception(caught, chain=False)), end="")
print("--- limit=1")
print("".join(traceback.format_exception(caught, limit=1)), end="")
print("--- limit=-1")
print("".join(traceback.format_exception(caught, limit=-1)), end="")
print("--- only")
print(traceback.format_exception_only(caught))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print("--- tb")
print("".join(traceback.format_tb(caught.__traceback__)), end="")
for frame in traceback.extract_tb(caught.__cause__.__traceback__):
    print(frame.name, frame.lineno, frame.line, frame.end_lineno, frame.colno, frame.end_colno, frame.filename.rsplit("/", 1)[-1])
summary = traceback.extract_tb(caught.__cause__.__traceback__)
print(type(summary).__name__, len(summary))
print("".join(traceback.format_list(summary)), end="")
print(traceback.StackSummary.from_list([("f.py", 3, "func", "x = 1")]).format())
