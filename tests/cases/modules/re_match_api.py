# re.Pattern and re.Match: groups, named groups, spans, the Match and Pattern APIs.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?')
m = p.match('Ada Lovelace 1815 rest')
print(m)
print(m.group(), m.group(0), m.group(1, 2, 'last'), m[1], m['first'])
print(m.groups(), m.groupdict(), m.span(), m.span(3), m.start(2), m.end('last'))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
m2 = p.match('Ada Lovelace')
print(m2.groups(), m2.groups('-'), m2.groupdict('?'), m2.span(3), m2.start(3), m2.group(3))
print(m2.lastindex, m2.lastgroup, m2.expand(r'\g<last>, \1 [\3]'))
print(p.groups, p.groupindex, p.pattern, p.flags, repr(p))
print(type(p).__name__, type(m).__name__, type(p).__module__, type(m).__module__)
print(re.Pattern[str], re.Match[bytes])
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__(None) is m)
print(re.compile('a+') == re.compile('a+'), re.compile('a+') != re.compile('a+', re.I))
print(hash(re.compile('x*')) == hash(re.compile('x*')), re.compile('a') == 'a')
print(bool(m), m.group(True))
for bad in (4, -1, 'nope', 2**100, 1.5):
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.start('nope')
except IndexError as e:
    print('start', e)
# group() with no arguments beyond 0, several indices, and bytes subjects
bm = re.match(rb'(\d+)-(\d+)', b'10-20-30')
print(bm, bm.groups(), bm[2], bm.span(2))
bam = re.search(rb'b+', bytearray(b'aabbbcc'))
print(bam, bam.group(), type(bam.group()), bam.string)
mv = re.search(rb'c+', memoryview(b'aabbbcc'))
print(mv.group(), mv.span())
# lastindex/lastgroup follow the last closed group
for pat in [r'(a)(b)?', r'(a)|(b)', r'((a)b)', r'(?P<x>a)(?P<y>b)', r'(?P<x>(?P<y>a))']:
    for s in ['a', 'ab', 'b']:
        mm = re.search(pat, s)
        print(pat, s, mm and (mm.lastindex, mm.lastgroup, mm.groups()))
# repr truncates long matches to 50 characters of repr
print(re.search('x+', 'x' * 100))
print(re.compile('y' * 300))
print(re.compile(b'\\d+'), re.compile('(?i)abc'), re.compile('abc', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A), re.compile(b'a', re.L), re.compile('a', re.U), re.compile('a', re.DEBUG | 0) if False else None)
# pos and endpos
p2 = re.compile(r'\w+')
print(p2.search('ab cd ef', 3), p2.search('ab cd ef', 3, 4), p2.match('ab cd', 3), p2.fullmatch('ab cd', 3))
print(p2.findall('ab cd ef', 2, 7), [x.span() for x in p2.finditer('ab cd ef', 1, 6)])
print(p2.search('abc', -5, 100), p2.match('abc', 2, 1), re.compile('').match('abc', 3, 1))
print(p2.search(string='hello', pos=1, endpos=3))
# scanner
sc = re.compile(r'\d').scanner('1a23')
print(sc.pattern, sc.match(), sc.match(), sc.search(), sc.search(), sc.search(), sc.match())
print(type(sc).__name__)
# the types themselves: not subclassable or instantiable, read-only attributes, docs and dir()
try:
    class X(re.Pattern): pass
except TypeError as e: print(e)
try:
    re.Match()
except TypeError as e: print(e)
p = re.compile('a')
print(p.__class__.__name__, re.Pattern.__doc__, re.Match.__doc__)
print(re.Pattern.match.__doc__)
print(re.Match.group.__doc__)
print(re.Pattern.__text_signature__ if hasattr(re.Pattern, '__text_signature__') else '-')
print(sorted(n for n in dir(re.Pattern) if not n.startswith('__')))
print(sorted(n for n in dir(re.Match) if not n.startswith('__')))
print(sorted(dir(p.scanner(''))))
m = re.match('a', 'a')
try: m.nope = 1
except AttributeError as e: print(e)
try: p.pattern = 'x'
except AttributeError as e: print(e)
try: m.pos = 'x'
except AttributeError as e: print(e)
try: p.groupindex['x'] = 1
except TypeError as e: print(e)
