# compile(): exec/eval/single modes, running the code, flags, dont_inherit, errors and SyntaxError attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

c = compile('x = 1 + 2\ny = x * 10', '<test>', 'exec')
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['x'], ns['y'])
e = compile('3 * 7', 'expr.py', 'eval')
print(eval(e), e.co_filename)
s = compile('1 + 1', '<s>', 'single')
exec(s)
exec(compile('None', '<s>', 'single'))
exec(compile('"str"', '<s>', 'single'))
t(lambda: compile('x = 1', '<e>', 'eval'))
t(lambda: compile('1 +', '<f>', 'exec'))
t(lambda: compile('1', '<f>', 'bogus'))
t(lambda: compile(b'x = 5', '<b>', 'exec').co_names)
t(lambda: compile('a\nb', '<m>', 'single'))
t(lambda: compile('x = 1\x00', '<n>', 'exec'))
t(lambda: compile(123, '<n>', 'exec'))
try:
    compile('def f(:\n  pass', 'bad.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset, repr(err.text))
try:
    compile('if True:\n  x\n y', 'ind.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno)
code = compile('def f(a, b=2):\n    return a + b\n', 'fn.py', 'exec')
ns = {}
exec(code, ns)
print(ns['f'](1), ns['f'].__code__.co_filename)
print(compile('x', 'n', 'eval').co_names)
print(compile('', 'empty', 'exec').co_name)
t(lambda: eval(compile('[i*i for i in range(4)]', '<lc>', 'eval')))
t(lambda: compile('yield 1', '<y>', 'exec'))
t(lambda: compile('return 1', '<r>', 'exec'))
t(lambda: compile('await x', '<a>', 'exec'))
t(lambda: compile('x', filename='kw', mode='eval').co_filename)
