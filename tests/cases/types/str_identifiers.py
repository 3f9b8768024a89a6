# str.isidentifier() over keywords, soft keywords, unicode letters/digits/marks, NFKC-equivalent characters; identifier normalisation in attribute names
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ('x', '_', '__', 'x1', '1x', 'class', 'match', 'type', 'None', 'True', 'λ', 'Ωmega', 'ℕ', 'x\u0301', '\u0301x',
          'a-b', 'a b', '', '$', 'x٣', '٣x', 'ⅸ', 'Ⅸ', 'ᐅ', '𝔘', 'x\u200c', 'ｘ', '·x', 'x·', '℘', '℮', '゛'):
    print(ascii(s), s.isidentifier())
ns = {}
exec('ｘ = 1\nﬁ = 2\n𝔘 = 3', ns)
t(lambda: sorted(k for k in ns if k != '__builtins__'))
class C:
    pass
c = C()
exec('c.ｆｏｏ = 5', {'c': c})
t(lambda: vars(c))
t(lambda: getattr(c, 'ｆｏｏ', 'not normalised by getattr'))
