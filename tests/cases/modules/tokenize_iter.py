# _tokenize.TokenizerIter: token tuples with extra_tokens (what tokenize.py uses) and without, bytes with an encoding, errors
import _tokenize


def reader(src):
    lines = iter(src.splitlines(keepends=True))
    return lambda: next(lines, src[:0])


src = 'x = (1 +\n  2)  # c\nif x:\n    s = """a\nb"""\n'
for extra in (True, False):
    for t in _tokenize.TokenizerIter(reader(src), extra_tokens=extra):
        print(t)
it = _tokenize.TokenizerIter(reader(src.encode()), extra_tokens=True, encoding='utf-8')
print(next(it), type(it).__name__, iter(it) is it)
for bad in ['x = "abc\n', 'def f():\n  x\n y\n', '(1,\n', '1 + $\n', '"""abc\n']:
    try: print(list(_tokenize.TokenizerIter(reader(bad), extra_tokens=True)))
    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset)
print(list(_tokenize.TokenizerIter(reader('é = 1'), extra_tokens=True)))
print(list(_tokenize.TokenizerIter(reader('f"a{b!r:>{w}}c" t"x"\n'), extra_tokens=True)))
print(list(_tokenize.TokenizerIter(reader('a <> b != c\n\n\n  # only\n'), extra_tokens=True)))
print(list(_tokenize.TokenizerIter(reader('if a:\n\tpass\n'), extra_tokens=True)))
