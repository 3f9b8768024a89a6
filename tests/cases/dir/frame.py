# sorted(dir()) of the frame type, one name per line
import sys

T = type(sys._getframe())
print(T.__name__)
for name in sorted(dir(T)):
    print('frame', name)
