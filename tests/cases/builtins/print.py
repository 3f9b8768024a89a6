# print(): sep, end, file (sys.stdout/sys.stderr/custom writer), flush, None args, str() of objects, errors
import sys

def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print()
print(1, 'two', 3.0, None, [4], (5,), {6: 7})
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=' | ')
print('x', end='')
print('y', end='<END>\n')
print('p', 'q', sep=None, end=None)
print(sep='unused')
print('flush', flush=True)
print('to stdout', file=sys.stdout)
print('to none file', file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print('one', 2, sep='-', end='!', file=w)
print(file=w)
print(w.parts)
class S:
    def __str__(self):
        return 'custom str'
    def __repr__(self):
        return 'custom repr'
print(S(), [S()])
t(lambda: print('x', sep=5))
t(lambda: print('x', end=[]))
t(lambda: print('x', file=5))
t(lambda: print('x', bogus=1))
class BadStr:
    def __str__(self):
        return 7
t(lambda: print(BadStr()))
class NoFlush:
    def write(self, s):
        pass
t(lambda: print('x', file=NoFlush(), flush=True))
class Flusher:
    def write(self, s):
        print('write', repr(s))
    def flush(self):
        print('flushed')
print('y', file=Flusher(), flush=True)
print('z', file=Flusher())
print('tab\tnew\\nline', 'é', '\u00e9' == 'é')
print(*range(5))
print(*'abc', sep=',')
