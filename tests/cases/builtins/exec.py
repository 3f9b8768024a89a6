# exec(): statements with globals/locals, function/class definitions, return value None, closure, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ns = {}
print(exec('a = 1\nb = a + 1', ns))
print(ns['a'], ns['b'], '__builtins__' in ns)
g, l = {}, {}
exec('x = 5\ndef f():\n    return x\ny = f() if "x" in globals() else "no-x"', g, l)
print(sorted(l), 'x' in g, l['y'])
exec('class K:\n    v = 3\n    def m(self):\n        return self.v * 2', ns)
print(ns['K']().m(), ns['K'].__module__)
exec('import sys as _s', ns)
print(ns['_s'].__name__)
t(lambda: exec('return 5'))
t(lambda: exec('1 +'))
t(lambda: exec('raise ValueError("inside")'))
t(lambda: exec(None))
t(lambda: exec('x', 1))
t(lambda: exec('pass', {}, 1))
t(lambda: exec(compile('z = 10', '<c>', 'exec'), ns) or ns['z'])
t(lambda: exec(b'w = 1', ns) or ns['w'])
t(lambda: exec('print("printed from exec")'))
t(lambda: exec('print(len)', {'__builtins__': {'print': print}}))

def scope():
    v = 1
    exec('v = 2')
    return v
t(scope)
def scope2():
    exec('newname = 3')
    return 'newname' in locals()
t(scope2)
def make_closure():
    c = 'cell'
    def inner():
        return c
    return inner
t(lambda: exec(make_closure().__code__))
t(lambda: exec(make_closure().__code__, {}, {}, closure=make_closure().__closure__))
ns2 = {}
exec('for i in range(3):\n    total = total + i if "total" in dir() else i', ns2)
print(ns2['total'])
exec('global gg\ngg = "set"', ns)
print(ns['gg'])
t(lambda: exec('x', globals={}))
