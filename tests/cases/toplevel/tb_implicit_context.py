# An exception raised while handling another shows "During handling of the above exception".
def cleanup():
    raise RuntimeError("cleanup failed")
try:
    1 / 0
except ZeroDivisionError:
    cleanup()
