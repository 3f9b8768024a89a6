# Struct sequences keep their hidden fields (tm_zone, ...) in the object, not in an
# instance __dict__: no new attributes, read-only fields, pickling and
# copy.replace see them; sys.flags and sys.version_info cannot be instantiated.
import copy
import sys
import time

t = time.gmtime(0)
print(hasattr(t, "__dict__"), t.tm_zone, t.tm_gmtoff, len(t))
for attr, value in [("foo", 1), ("tm_zone", "X"), ("tm_year", 2000)]:
    try:
        setattr(t, attr, value)
    except AttributeError as e:
        # (only the type of the first: its message names 'time.struct_time')
        print("AttributeError", e if attr != "foo" else "")
print(t.__reduce__())
print(copy.replace(t, tm_zone="XYZ").tm_zone, copy.replace(t, tm_zone="XYZ")[:3])
s = time.struct_time(range(9), {"tm_zone": "Z"})
print(s.tm_zone, s.tm_gmtoff, s)
for ty in [type(sys.flags), type(sys.version_info), type(sys.float_info), type(sys.int_info)]:
    print(ty.__name__, ty.__module__, "__module__" in ty.__dict__, "__dict__" in dir(ty))
    try:
        print(ty(range(ty.n_sequence_fields)))
    except TypeError as e:
        print("TypeError", e)
    try:
        class Sub(ty):
            pass
    except TypeError as e:
        print("TypeError", e)
