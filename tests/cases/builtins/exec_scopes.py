# exec()/eval() scoping: functions defined in exec see exec globals, class bodies, comprehensions with separate locals, nonlocal errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

g = {'base': 10}
l = {}
exec('def f():\n    return base + 1\nr = f()', g, l)
t(lambda: l['r'])
t(lambda: 'f' in g)
g2 = {}
l2 = {'local_only': 5}
t(lambda: exec('def f():\n    return local_only\nr = f()', g2, l2))
t(lambda: eval('[local_only for _ in range(2)]', {}, {'local_only': 7}))
t(lambda: eval('[x for x in range(3)]', {}, {}))
t(lambda: exec('nonlocal q'))
t(lambda: exec('class K:\n    a = 1\n    b = [a for _ in range(2)]', {}))
t(lambda: exec('class K:\n    a = 1\n    b = [x for x in range(a)]\nres = K.b', ns := {}) or ns['res'])
t(lambda: exec('x = 1\ndel x\nx', {}))
t(lambda: eval('__name__', {}))
t(lambda: eval('__name__', {'__name__': 'custom'}))
t(lambda: exec('import sys as s\nr = s.__name__', d := {}) or d['r'])
t(lambda: eval('lambda: y', {'y': 'late'})())
ns3 = {}
exec('def gen():\n    yield from range(3)\nout = list(gen())', ns3)
t(lambda: ns3['out'])
exec('try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    caught = str(e)', ns3)
t(lambda: ns3['caught'])
t(lambda: 'e' in ns3)
exec('async def co():\n    return 5', ns3)
coro = ns3['co']()
t(lambda: type(coro).__name__)
coro.close()
t(lambda: exec('global gx\ngx = 1', ns3) or ns3['gx'])
def inner_exec():
    exec('zz = 1')
    try:
        return zz
    except NameError as e:
        return 'NameError ' + str(e)
t(inner_exec)
