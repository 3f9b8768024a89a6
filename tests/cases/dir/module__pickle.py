# sorted(dir()) of the _pickle module and of its types, one name per line
import _pickle
print(sorted(dir(_pickle)))
for t in (_pickle.Pickler, _pickle.Unpickler, _pickle.PickleBuffer, _pickle.PickleError,
          _pickle.PicklingError, _pickle.UnpicklingError):
    print(t.__module__, t.__name__, t.__mro__)
    print(sorted(dir(t)))
import io
print(sorted(dir(type(_pickle.Pickler(io.BytesIO()).memo))))
print(sorted(dir(type(_pickle.Unpickler(io.BytesIO()).memo))))
print(type(_pickle.Pickler(io.BytesIO()).memo), type(_pickle.Unpickler(io.BytesIO()).memo))
