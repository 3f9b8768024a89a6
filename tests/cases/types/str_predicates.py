# str is* predicates over ASCII and unicode: isalpha/isdigit/isdecimal/isnumeric/isalnum/isspace/isprintable/isascii/isidentifier
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = ('', 'abc', 'ABC1', '123', '١٢٣', '²', '½', 'Ⅻ', '一二三', '𝟗', ' \t\n', '\u00a0', '\u2028', '\x1c', '\x00',
           'é', 'a b', '_x1', '1x', 'class', 'ℕ', '\u0300', 'a\u0300', '$', '\x7f', 'ñ', '🙂', '\u200b', 'x·y', '℘')
for s in samples:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isprintable(), s.isascii(), s.isidentifier(), s.islower(), s.isupper(), s.istitle())
t(lambda: str.isdigit(1))
t(lambda: 'a'.isalpha(1))
