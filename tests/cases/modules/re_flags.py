# re flags: IGNORECASE (ASCII and Unicode, incl. special case folds), LOCALE on bytes, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped flags.
import re

def show(pattern, string, flags=0):
    try:
        print(repr(pattern), int(flags), [m.span() for m in re.finditer(pattern, string, flags)])
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)

show('abc', 'ABC aBc abc', re.I)
show('[a-c]+', 'ABCabcDEF', re.I)
show('[^a-c]+', 'ABCabcDEF', re.I)
show('straße', 'STRASSE Straße STRAẞE', re.I)
show('ß', 'ẞ ß ss', re.I)
show('σ', 'Σ σ ς', re.I)
show('[σ]', 'Σ σ ς', re.I)
show('k', 'K k \u212a', re.I)
show('[k]', 'K k \u212a', re.I)
show('[j-l]', 'K k \u212a', re.I)
show('s', 'S s ſ', re.I)
show('i', 'I i İ ı', re.I)
show('ı', 'I i İ ı', re.I)
show('İ', 'I i İ ı', re.I)
show('\u1e9b', 'ṡ Ṡ ẛ', re.I)
show('µ', 'µ μ Μ', re.I)
show('ǅ', 'Ǆ ǅ ǆ', re.I)
show('k', 'K k \u212a', re.I | re.A)
show('[α-ω]+', 'ΑΒΓ αβγ', re.I)
show('é', 'É é', re.I)
show('é', 'É é', re.I | re.A)
show(r'(a)\1', 'aA Aa aa', re.I)
show(r'(σ)\1', 'Σς σΣ', re.I)
show(r'(?i)abc', 'ABC')
show(r'a(?i:b)c', 'aBc ABC abC')
show(r'(?i)a(?-i:b)c', 'aBc AbC')
show(rb'abc', b'ABC abc', re.I)
show(rb'\xe9', b'\xc9 \xe9', re.I)
show(rb'\xe9', b'\xc9 \xe9', re.I | re.L)
show(rb'\w+', b'ab\xe9_1 x', re.L)
show(rb'[a-z]+', b'ABC def', re.I | re.L)
show(rb'(?L)\bx\b', b'x y')
show('^a', 'a\na\nb', re.M)
show('^a', 'a\na\nb')
show('a$', 'a\na\nb', re.M)
show(r'$', 'a\nb\n', re.M)
show(r'$', 'a\nb\n')
show(r'^', 'a\nb\n', re.M)
show('a.b', 'a\nb axb', re.S)
show('a.b', 'a\nb axb')
show('(?s)a.b', 'a\nb')
show(r'''
    (\d+)   # digits
    \s* [a-z]+  # word
''', '12 ab 3cd', re.X)
show(r'(?x) a b \ c [ ] # comment', 'ab c ')
show(r'(?x)a#b', 'a#b')
show(r'\w+', 'ünï 123', re.A)
show(r'(?a)\w+', 'ünï 123')
show(r'(?u)\w+', 'ünï 123')
show(r'\b', 'é x', re.A)
show(r'[\w]+', 'ün', re.A | re.I)
for f in [re.I, re.M, re.S, re.X, re.A, re.L, re.U, re.I | re.M, re.NOFLAG, re.DEBUG & 0]:
    print(repr(f), int(f))
print(re.compile('x', re.I | re.S).flags, re.compile(b'x').flags, re.compile('(?ims)x').flags)
print(repr(re.compile('x', re.I | re.S)), repr(re.compile(b'x', re.L | re.I)))
for args in [('x', re.L), (b'x', re.U), ('x', re.A | re.U), (b'x', re.A | re.L), ('(?L)x',), (b'(?u)x',), ('(?au)x',)]:
    try:
        re.compile(*args)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
