# Docstrings of modules, functions and classes, and strings that are not docstrings.
"""Module docstring."""
print(__doc__)
def f():
    """Function docstring."""
print(f.__doc__)
def g():
    x = 1
    """Not a docstring."""
print(g.__doc__)
def h():
    f"""f-string is not a docstring"""
print(h.__doc__)
class C:
    """Class docstring.

    With more lines.
        Indented line.
    """
    def m(self):
        '''single quotes'''
print(repr(C.__doc__))
print(C.m.__doc__)
class D:
    pass
print(D.__doc__)
def b():
    b"bytes is not a docstring"
print(b.__doc__)
lam = lambda: None
print(lam.__doc__)
def concat():
    "implicit" " concatenation"
print(concat.__doc__)
