# eval(): expressions with globals/locals dicts, mapping locals, __builtins__ injection, code objects, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: eval('1 + 2 * 3'))
t(lambda: eval('  42  '))
t(lambda: eval('x + y', {'x': 1, 'y': 2}))
t(lambda: eval('x + y', {'x': 1}, {'y': 10}))
t(lambda: eval('x', {'x': 'global'}, {'x': 'local'}))
g = {}
eval('1', g)
print('__builtins__' in g)
t(lambda: eval('len("abc")', {'__builtins__': {'len': lambda s: 'fake'}}))
t(lambda: eval('len', {'__builtins__': {}}))
t(lambda: eval('undefined_name'))
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: eval(''))
t(lambda: eval('1\n'))
t(lambda: eval(b'2 ** 10'))
t(lambda: eval(5))
t(lambda: eval('1', []))
t(lambda: eval('1', {}, 5))

class M:
    def __getitem__(self, k):
        if k == 'magic':
            return 99
        raise KeyError(k)
t(lambda: eval('magic + 1', {}, M()))
t(lambda: eval('len("ab")', {}, M()))
t(lambda: eval('[a for a in range(3)]'))
t(lambda: eval(compile('7 // 2', '<c>', 'eval')))

def scope():
    local_var = 5
    return eval('local_var * 2')
t(scope)
t(lambda: eval('lambda q: q + 1')(1))
t(lambda: eval('(yield)'))
t(lambda: eval('1/0'))
t(lambda: eval('x', globals={'x': 'kwglobals'}))
