# sorted(dir(_ctypes)) and of its base classes and metaclasses (the reference's list is the Linux one).
import _ctypes

for name in sorted(dir(_ctypes)):
    print(name)
for cls in [_ctypes._SimpleCData, _ctypes.Structure, _ctypes.Union, _ctypes.Array, _ctypes._Pointer,
            _ctypes.CFuncPtr, _ctypes.CField]:
    print(cls.__name__, sorted(set(dir(cls)) - set(dir(object))))
    print("  metaclass", type(cls).__name__, sorted(set(dir(type(cls))) - set(dir(type))))
