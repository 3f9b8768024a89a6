"""Random regular expressions and subjects for tools/re-diff: prints, per case, the
pattern, flags and subject, then the results of search/match/fullmatch/findall/
finditer/split/sub (or the exception), so two interpreters can be compared line
by line.  Deterministic: its own xorshift generator, no `random` module.

    re_fuzz.py SEED COUNT [MODE]   (MODE 1: more Unicode, LOCALE, templates;
                                    MODE 2: as 1 with shorter patterns)
"""
import re, sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = int(sys.argv[2]) if len(sys.argv) > 2 else 300
state = [seed * 2654435761 % 2**32 or 1]
def rnd(n):
    x = state[0]
    x ^= (x << 13) & 0xffffffff; x ^= x >> 17; x ^= (x << 5) & 0xffffffff
    state[0] = x
    return x % n
def pick(seq): return seq[rnd(len(seq))]
ATOMS = ['a', 'b', 'A', 'ab', '.', '[ab]', '[^a]', '[a-c]', r'\w', r'\W', r'\d', r'\s', r'\S', r'\b', r'\B', '^', '$', r'\A', r'\Z', 'é', 'É', 'ß', '[à-ÿ]', '1', '_', ' ', r'\n', 'x']
QUANTS = ['', '', '', '*', '+', '?', '{2}', '{1,3}', '{,2}', '*?', '+?', '??', '{1,2}?', '*+', '++', '?+', '{0,2}+']
def gen(depth, ngroups):
    parts = []
    for _ in range(1 + rnd(2 if MODE == 2 else 4)):
        r = rnd(20)
        if depth < 3 and r < 3:
            inner = gen(depth + 1, ngroups)
            kind = pick(['(%s)', '(?:%s)', '(?P<g%d>%%s)' % rnd(100), '(?>%s)', '(%s|%s)'])
            if kind == '(%s|%s)':
                s = kind % (inner, gen(depth + 1, ngroups))
            else:
                s = kind % inner
            if kind.startswith('(') and not kind.startswith('(?'):
                ngroups[0] += 1
        elif depth < 3 and r == 3:
            s = pick(['(?=%s)', '(?!%s)', '(?<=a)', '(?<!b)', '(?<=ab)']).replace('%s', gen(depth + 1, ngroups))
        elif r == 4 and ngroups[0]:
            s = pick([r'\1', '(?(1)a|b)', '(?(1)x)'])
        elif r == 5:
            s = gen(depth + 1, ngroups) + '|' + gen(depth + 1, ngroups) if depth < 3 else 'a|b'
        else:
            s = pick(ATOMS)
        q = pick(QUANTS)
        if s in ('^', '$', r'\A', r'\Z', r'\b', r'\B') or s.startswith('(?=') or s.startswith('(?!') or s.startswith('(?<'):
            q = ''
        parts.append(s + q)
    return ''.join(parts)
MODE = int(sys.argv[3]) if len(sys.argv) > 3 else 0
if MODE:
    ATOMS += ['Ω', 'ω', 'ſ', 'K', 'k', 'İ', 'ı', 'i', 'I', '[a-zA-Z]', '[^\\W\\d]', '[Ω-ω]', '[k-s]', '\U0001F600', '[\U0001F600-\U0001F64F]', r'(?i:a)', r'(?-i:a)', r'\w+?', '(?P=g1)' ]
FLAGS = [0, 0, re.I, re.M, re.S, re.I | re.S, re.A, re.X, re.I | re.A]
CHARS = 'aabbAB \n1_éÉßxx' + ('ΩωſKkİıiI\U0001F600\u2028\x85١' if MODE else '')
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def mshow(m):
    if m is None: return 'None'
    return '%r %r %r %r %r' % (m.span(), m.group(), m.groups(), m.regs, (m.lastindex, m.lastgroup))
for i in range(N):
    ng = [0]
    pat = gen(0, ng)
    flags = pick(FLAGS)
    s = ''.join(pick(CHARS) for _ in range(rnd(16 if MODE else 12)))
    usebytes = rnd(5) == 0
    if MODE and usebytes and rnd(2): flags |= re.L; flags &= ~re.A
    if usebytes:
        try:
            pat = pat.encode('latin-1'); s = s.encode('latin-1')
            flags &= ~re.A
        except UnicodeError:
            usebytes = False
    try:
        p = re.compile(pat, flags)
    except Exception as e:
        print(i, repr(pat), int(flags), '%s: %s' % (type(e).__name__, e))
        continue
    print(i, repr(pat), int(flags), repr(s), p.groups)
    print('  search', show(lambda: mshow(p.search(s))))
    print('  match', show(lambda: mshow(p.match(s))))
    print('  full', show(lambda: mshow(p.fullmatch(s))))
    print('  findall', show(lambda: p.findall(s)))
    print('  iter', show(lambda: [m.span() for m in p.finditer(s, 1)]))
    print('  split', show(lambda: p.split(s)))
    rep = b'<\\g<0>>' if usebytes else '<\\g<0>>'
    print('  sub', show(lambda: p.subn(rep, s)))
    if MODE:
        print('  gd', show(lambda: (lambda m: m and (m.groupdict('-'), m.groups('-'), m.expand(rep)))(p.search(s))))
        print('  sub1', show(lambda: p.sub(b'\\1\\g<1>' if usebytes else r'[\1\g<1>]', s)))
    print('  subf', show(lambda: p.sub(lambda m: m.group()[::-1], s, 2)))
