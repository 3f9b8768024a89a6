# _csv: Dialect validation, the reader's parsing, the writer's quoting per QUOTE_* mode, the dialect registry, field_size_limit
import _csv
print(sorted(dir(_csv.Dialect)))
print(sorted(dir(_csv.reader([]))), sorted(dir(_csv.writer(Buf()))))
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.QUOTE_STRINGS, _csv.QUOTE_NOTNULL)
print(type(_csv.reader([])), type(_csv.writer(Buf())), _csv.Error.__mro__)
d = _csv.Dialect()
print(d.delimiter, d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar, d.quoting, d.skipinitialspace, d.strict)
for kw in [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(quotechar=''), dict(quoting=9), dict(quoting=_csv.QUOTE_NONE, quotechar=None), dict(quotechar=None), dict(escapechar='ab'), dict(lineterminator=1), dict(delimiter='\n'), dict(delimiter=' ', skipinitialspace=True), dict(escapechar=','), dict(quotechar=',')]:
    try: _csv.Dialect(**kw); print('ok', kw)
    except Exception as e: print(type(e).__name__, e)
class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def getvalue(self):
        return ''.join(self.parts)


def rd(s, **kw):
    try: return list(_csv.reader(s.splitlines(True) if isinstance(s, str) else s, **kw))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
print(rd('a,b,c\n1,"2,3",4\n'), rd('"a""b",c'), rd('a, b', skipinitialspace=True), rd('"abc'), rd('"abc', strict=True), rd('"ab"c,d'), rd('"ab"c', strict=True))
print(rd('a\\,b', escapechar='\\'), rd('1,2.5,"x"', quoting=_csv.QUOTE_NONNUMERIC), rd('1,x', quoting=_csv.QUOTE_NONNUMERIC), rd(',""', quoting=_csv.QUOTE_NOTNULL), rd(',"",1', quoting=_csv.QUOTE_STRINGS))
print(rd(['a\0b']), rd([1]), rd('a\rb'), rd(['a,"b\nc"\n']), rd(['"a\n', 'b"\n']), rd('a;b', delimiter=';'), rd(''), rd('\n'), rd('x,', ))
r = _csv.reader(['a,b\n', 'c\n']); print(next(r), r.line_num, r.dialect.delimiter)
s = Buf(); w = _csv.writer(s)
w.writerow(['a', 'b,c', 'd"e', None, 1, 2.5, '', 'x\ny']); w.writerows([[1], []]); print(repr(s.getvalue()))
for q in range(6):
    s = Buf(); w = _csv.writer(s, quoting=q, escapechar='\\')
    try: w.writerow(['a', 1, None, '', 'b c', 'q"x', 'e,f']); print(q, repr(s.getvalue()))
    except Exception as e: print(q, type(e).__name__, e)
for row in [1, [''], ['a\\'], 'ab']:
    s = Buf(); w = _csv.writer(s, quoting=_csv.QUOTE_NONE)
    try: w.writerow(row); print(repr(s.getvalue()))
    except Exception as e: print(type(e).__name__, e)
_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
print(_csv.list_dialects(), _csv.get_dialect('semi').delimiter, _csv.get_dialect('semi').quoting)
try: _csv.get_dialect('nope')
except Exception as e: print(type(e).__name__, e)
try: _csv.unregister_dialect('nope')
except Exception as e: print(type(e).__name__, e)
_csv.unregister_dialect('semi'); print(_csv.list_dialects())
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit(), rd(['a'*11]))
try: _csv.field_size_limit('x')
except Exception as e: print(type(e).__name__, e)
class D: delimiter = ':'; quotechar = "'"; quoting = _csv.QUOTE_MINIMAL; lineterminator = '\n'; doublequote=False; escapechar=None; skipinitialspace=False; strict=False
print(rd("a:'b:c'", dialect=D), rd("a:b", dialect=D, delimiter='|'))
try: _csv.writer(1)
except Exception as e: print(type(e).__name__, e)
try: _csv.reader(1)
except Exception as e: print(type(e).__name__, e)
s = Buf(); w = _csv.writer(s, doublequote=False)
try: w.writerow(['a"b'])
except Exception as e: print(type(e).__name__, e)
print(_csv.Dialect.__doc__[:40], _csv.__doc__[:40])
