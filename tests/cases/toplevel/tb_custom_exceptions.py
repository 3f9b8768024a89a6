# The last traceback line for custom exceptions, empty messages and multiple args.
class AppError(Exception):
    pass
class Detailed(AppError):
    def __str__(self):
        return "detailed message from __str__"
def pick(kind):
    if kind == 1:
        raise AppError
    if kind == 2:
        raise AppError("one", "two")
    raise Detailed()
for kind in (1, 2):
    try:
        pick(kind)
    except AppError as e:
        print(repr(e), str(e))
pick(3)
