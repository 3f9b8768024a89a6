# ascii(): escaping of non-ASCII characters in str reprs, nested containers, custom __repr__
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ascii('hello'))
t(lambda: ascii('héllo'))
t(lambda: ascii('日本'))
t(lambda: ascii('\U0001f600'))
t(lambda: ascii('\x00\t\n\x7f\x80\xff'))
t(lambda: ascii("it's"))
t(lambda: ascii('"both\' quotes"'))
t(lambda: ascii(['ä', 'b', ('ß',)]))
t(lambda: ascii({'ключ': 'значение'}))
t(lambda: ascii(b'\xff\x00abc'))
t(lambda: ascii(1.5))
t(lambda: ascii(None))
t(lambda: ascii('\ud800'))
t(lambda: ascii('\u2028\u00a0'))

class R:
    def __repr__(self):
        return 'Ünïcödé repr'
t(lambda: ascii(R()))
t(lambda: repr(R()))

class BadRepr:
    def __repr__(self):
        return 5
t(lambda: ascii(BadRepr()))
t(lambda: ascii())
t(lambda: ascii(1, 2))
