# An exception raised in a finally block while another propagates, and a bare raise re-raising the original with its traceback, and raise e.with_traceback(None)
import traceback
def bare():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    bare()
except ZeroDivisionError:
    traceback.print_exc()
def strip():
    try:
        [].pop()
    except IndexError as e:
        raise e.with_traceback(None)
try:
    strip()
except IndexError:
    traceback.print_exc()
def cleanup():
    try:
        raise KeyError("body")
    finally:
        None.attribute
cleanup()
