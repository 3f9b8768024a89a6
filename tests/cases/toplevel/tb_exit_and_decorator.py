# Frames from a context manager's __exit__ and a decorator applied at definition time: the traceback points at the with-statement and the decorator line
import traceback
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *info):
        raise OSError("exit failed")
def run():
    with Manager():
        pass
try:
    run()
except OSError:
    traceback.print_exc()
def broken_decorator(func):
    return func.missing_attribute
@broken_decorator
def decorated():
    pass
