# A module global shadows a builtin only after it is assigned; deleting it restores the builtin.
def call_len():
    return len("abc")
print(call_len())
len = lambda obj: "global len"
print(call_len())
del len
print(call_len())
def uses_max():
    return max(1, 2)
globals()["max"] = lambda *a: "max from globals()"
print(uses_max())
del globals()["max"]
print(uses_max())
class C:
    len = staticmethod(lambda x: "class attribute len")
    result = len("x")
print(C.result, len("xy"))
