# _symtable.symtable: the entry tree (names, types, line numbers, symbol flags, varnames, children), errors
import _symtable
t = _symtable.symtable("x = 1\ndef f(a, *b):\n    global g\n    y = a\n    class C:\n        def m(self): return y\n    return [z for z in b]\n", "<s>", "exec")
def show(t, d=0):
    print(' ' * d, type(t).__name__, t.name, t.type, t.lineno, t.nested, t.id == t.id, sorted(t.symbols.items()), t.varnames, [type(c).__name__ for c in t.children])
    for c in t.children: show(c, d + 2)
show(t)
print(sorted(n for n in dir(t) if not n.startswith('__')))
print(repr(t)[:19], repr(t).endswith(", line 0>"))
for src, mode in [("1 +", "exec"), ("x", "eval"), ("x = 1", "eval"), ("def f[T](x: T): pass\ntype A = int\n", "exec")]:
    try: show(_symtable.symtable(src, "<s>", mode))
    except SyntaxError as e: print(type(e).__name__, e)
try: _symtable.symtable("x", "<s>", "bogus")
except ValueError as e: print(e)
try: _symtable.symtable(1, "<s>", "exec")
except TypeError as e: print(e)
print(_symtable.symtable(b"y = 2", "f", "exec").symbols)
print(_symtable.symtable.__doc__, _symtable.symtable.__text_signature__)
