# Relative imports: from . / .. / ..., imports beyond the top-level package, relative imports from __main__, __import__ with levels and bad globals
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')

def t(f):
    try:
        r = f()
        print(getattr(r, '__name__', r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: __import__('plainpkg.sub.deep'))
t(lambda: __import__('plainpkg.beyond'))

def from_main():
    from . import something
t(from_main)
def from_main_dotted():
    from .. import something
t(from_main_dotted)
t(lambda: __import__('x', {}, level=1))
t(lambda: __import__('x', {'__name__': 'top'}, level=1))
t(lambda: __import__('x', {'__package__': 5}, level=1))
t(lambda: __import__('x', [], level=1))
t(lambda: __import__('sibling', {'__package__': 'plainpkg'}, level=1))
t(lambda: __import__('', {'__package__': 'plainpkg.sub'}, None, ['deep'], 1))
t(lambda: __import__('', {'__package__': 'plainpkg.sub'}, level=2))
t(lambda: __import__('x', level=-1))
t(lambda: __import__(''))
t(lambda: __import__(5))
t(lambda: __import__('plainpkg', fromlist=5))
