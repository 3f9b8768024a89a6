# raise: classes, instances, re-raise, raise from, and bad raise targets.
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), str(e), e.args)
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
for bad in ["raise 5", "raise 'string'", "raise int", "raise object()"]:
    try:
        exec(bad)
    except TypeError as e:
        print(f"{bad!r:18}", type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_outside_handler():
    try:
        raise ValueError("caught")
    except ValueError:
        pass
    raise
try:
    reraise_outside_handler()
except RuntimeError as e:
    print(type(e).__name__, e)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args)
class Custom(Exception):
    def __str__(self):
        return "custom str"
try:
    raise Custom(1, 2)
except Custom as e:
    print(str(e), repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)), repr(e))
class NotInstantiable(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise NotInstantiable
except RuntimeError as e:
    print(type(e).__name__, e)
