# sorted(dir()) of the FrameLocalsProxy type, one name per line
import sys


def f():
    return sys._getframe().f_locals
T = type(f())
print(T.__name__)
for name in sorted(dir(T)):
    print('FrameLocalsProxy', name)
