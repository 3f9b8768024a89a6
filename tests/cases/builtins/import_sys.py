# __import__(): importing sys (the only module allowed), fromlist, level errors, missing modules
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = __import__('sys')
t(lambda: s is sys)
t(lambda: s.__name__)
t(lambda: __import__('sys', globals(), locals(), ['path'], 0) is sys)
t(lambda: __import__('sys', fromlist=('argv',)) is sys)
t(lambda: __import__(''))
t(lambda: __import__(5))
t(lambda: __import__('sys', level=-1))
t(lambda: __import__())
t(lambda: __import__('sys', {}, {}, [], 1))
t(lambda: 'sys' in sys.modules)
t(lambda: sys.modules['sys'] is sys)
t(lambda: type(sys).__name__)
t(lambda: 'builtins' in sys.modules)
t(lambda: sys.modules['builtins'].len is len)
t(lambda: sys.modules['__main__'].__name__)
t(lambda: __name__)
t(lambda: __import__.__name__)
t(lambda: __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict')
