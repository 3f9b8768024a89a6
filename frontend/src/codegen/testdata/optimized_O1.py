"""Module doc."""
assert x, "message"
if __debug__:
    print("debug")
def f(a):
    """Function doc."""
    assert a
    return __debug__ and a
class C:
    """Class doc."""
    def m(self):
        "Only a docstring."
