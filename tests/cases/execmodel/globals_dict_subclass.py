# globals that are a dict subclass: LOAD_GLOBAL/LOAD_NAME read through __getitem__, so __missing__ answers (annotationlib's fake globals rely on it)
class D(dict):
    def __missing__(self, k): return 'missing:' + k
g = D(print=print)
exec("print(x, len)", g)
def f(): return y
import types
h = types.FunctionType(f.__code__, D())
print(h())
