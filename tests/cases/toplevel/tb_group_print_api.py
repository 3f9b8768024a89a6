# ExceptionGroups through traceback.print_exception and format_exception: nested groups, notes on groups, a group inside a cause, and exceptions raised in except* handlers
import sys
import traceback
def make():
    try:
        raise ValueError("cause")
    except ValueError as cause:
        eg = ExceptionGroup("with cause", [TypeError("a"), ExceptionGroup("deeper", [KeyError("b")])])
        eg.add_note("group note")
        eg.__cause__ = cause
        return eg
traceback.print_exception(make(), file=sys.stdout)
print("".join(traceback.format_exception(make(), chain=False)), end="")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("in handler")
except BaseException as e:
    traceback.print_exception(e, file=sys.stdout)
