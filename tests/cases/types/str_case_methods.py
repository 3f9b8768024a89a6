# str casing methods: upper/lower/casefold/capitalize/title/swapcase with ASCII and unicode special cases (ß, ǅ, Σ, İ)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ('hello World', 'ßtraße', 'ǆemal ǈ', 'ΣΑΣ ΟΔΟΣ', 'İstanbul', 'ﬁre ﬂy', "they're bill's", 'hello-world_foo bar',
          '123abc ABC', 'ŉ', 'σς', 'Ⅻ ⅻ', '', 'áÉíÖ', 'a1b2C3'):
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.capitalize()), repr(s.title()),
          repr(s.swapcase()))
t(lambda: 'ß'.upper() == 'SS')
t(lambda: 'ß'.casefold() == 'ss'.casefold())
t(lambda: 'ΣΑΣ'.lower())
t(lambda: 'ΑΣ'.lower())
t(lambda: 'Σ'.lower())
t(lambda: 'aΣb'.lower())
t(lambda: 'İ'.lower())
t(lambda: len('İ'.lower()))
t(lambda: 'ǅ'.upper() + 'ǅ'.lower() + 'ǅ'.title())
t(lambda: 'ﬃ'.upper())
t(lambda: str.upper(5))
t(lambda: 'x'.upper(1))
t(lambda: 'abc'.isupper(), )
t(lambda: 'ABC'.isupper())
t(lambda: 'Abc'.istitle())
t(lambda: 'ǅungla'.istitle())
t(lambda: 'abc def'.istitle())
t(lambda: '123'.islower())
t(lambda: 'a123'.islower())
t(lambda: 'ß'.isupper())
