# property: getter, setter, deleter, docstrings and error messages.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273
t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__)
try:
    t.kelvin = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)
class Old:
    def get(self):
        return "got"
    x = property(get, doc="x doc")
print(Old().x, Old.x.__doc__)
print(type(Temp.kelvin).__name__, Temp.kelvin.fget.__name__, Temp.kelvin.fset)
p = property()
class Empty:
    e = p
try:
    Empty().e
except AttributeError as e:
    print(type(e).__name__, e)
