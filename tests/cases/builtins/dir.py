# dir(): of instances, classes, modules, custom __dir__, local scope, and errors
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    a = 1
    def m(self):
        pass
class B(A):
    b = 2
obj = B()
obj.inst = 3
print([n for n in dir(obj) if not n.startswith('__')])
print([n for n in dir(B) if not n.startswith('__')])
print('inst' in dir(B))
print(dir(obj) == sorted(dir(obj)))

def local_scope():
    x = 1
    y = 2
    return dir()
print(local_scope())

class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
class CustomTuple:
    def __dir__(self):
        return ('b', 'a')
print(dir(CustomTuple()))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
t(lambda: dir(1, 2))
m = type(sys)('mymod')
m.value = 1
print(dir(m))
print('__name__' in dir(), 'sys' in dir(), 't' in dir())
print([n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(None) if not n.startswith('_')])
print(len(dir(object)) < len(dir(A)))
