# _json called directly: encode_basestring(_ascii), scanstring, make_scanner over a context object, make_encoder
import _json

for s in ['abc', 'a"b\\c', '\n\r\t\b\f\x00\x1f\x7f', '\xe9\u20ac\U0001f600', '\ud800', '']:
    print(repr(_json.encode_basestring(s)), repr(_json.encode_basestring_ascii(s)))
for f in [lambda: _json.encode_basestring(1), lambda: _json.encode_basestring_ascii(b'x'), lambda: _json.scanstring(1, 0)]:
    try: f()
    except TypeError as e: print(e)
print(_json.scanstring('"abc" x', 1), _json.scanstring('x"a\\n\\u00e9\\ud83d\\ude00\\/"', 2), _json.scanstring('"\\ud800x"', 1))
print(_json.scanstring('"a\tb"', 1, False), _json.scanstring('"\\ud83d\\u0041"', 1))


class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'NaN': 'nan!', 'Infinity': 'inf!', '-Infinity': '-inf!'}.__getitem__
    memo = {}


scan = _json.make_scanner(Context())
print(type(scan).__name__, _json.make_scanner, _json.make_encoder)
for doc in ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', '  [1, "x"]', '[]', '{}', '[ ]', '{ }', '"s"', '123abc',
            '-0', '0.5', '1E5', '1e', '1.e5', '-', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]', 'nul', '12345678901234567890123',
            '[1, [2, [3, {"k": [4]}]]]', '{"a":1,"a":2}']:
    for idx in ((0, 2) if not doc.startswith('"') else (0,)):
        try: print(repr(doc), idx, scan(doc, idx))
        except StopIteration as e: print(repr(doc), idx, 'StopIteration', e.value)
try: scan('x', -1)
except ValueError as e: print(e)
try: scan(1, 0)
except TypeError as e: print(e)


class Hooks(Context):
    object_hook = staticmethod(lambda d: ('hooked', sorted(d.items())))
    parse_float = staticmethod(lambda s: ('float', s))
    parse_int = staticmethod(lambda s: ('int', s))


print(_json.make_scanner(Hooks())('{"x": [1, 2.0, {"y": 3}]}', 0))
class Pairs(Context):
    object_pairs_hook = staticmethod(lambda pairs: ('pairs', pairs))
print(_json.make_scanner(Pairs())('{"x": 1, "y": {"z": 2}}', 0))
keys = [k for d in [_json.make_scanner(Context())('[{"key": 1}, {"key": 2}]', 0)[0]] for x in d for k in x]
print(keys, keys[0] is keys[1])


def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')


def enc(obj, markers=None, indent=None, sort_keys=False, skipkeys=False, allow_nan=True, encoder=_json.encode_basestring_ascii, seps=(': ', ', ')):
    e = _json.make_encoder(markers, default, encoder, indent, seps[0], seps[1], sort_keys, skipkeys, allow_nan)
    return e(obj, 0)


class MyInt(int):
    def __repr__(self): return 'MyInt!'


class MyFloat(float):
    def __repr__(self): return 'MyFloat!'


print(enc({'a': [1, 2.5, None, True, False, 'x\xe9'], 'b': (), 'c': {}, 'd': []}))
print(enc({'b': 1, 'a': [1, {'z': 0, 'y': 1}]}, indent='  ', sort_keys=True))
print(enc([{1: 'int', 2.5: 'float', True: 't', None: 'n', 'x\xe9': 's'}], encoder=_json.encode_basestring))
print(enc({(1, 2): 1, 'ok': 2}, skipkeys=True), enc([float('nan'), float('inf'), -float('inf'), 1e16, 0.1]))
print(enc([MyInt(3), MyFloat(1.5), {MyInt(4): 1}, {1, 2}], markers={}))
print(enc('x', encoder=lambda s: '<' + s + '>'), enc(['a', 'b'], encoder=lambda s: s.upper(), seps=(':', ',')))
for obj, kw in [([float('nan')], {'allow_nan': False}), ({(1, 2): 1}, {}), ([object()], {}), ({'k': [object()]}, {}),
                ({1: 1, 'a': 2}, {'sort_keys': True}), ('x', {'encoder': lambda s: 1})]:
    try: print(enc(obj, **kw))
    except (TypeError, ValueError) as e: print(type(e).__name__, e, getattr(e, '__notes__', None))
a = []
a.append(a)
try: enc(a, markers={})
except ValueError as e: print(e, getattr(e, '__notes__', None))
d = {}
d['d'] = d
try: enc(d, markers={})
except ValueError as e: print(e, getattr(e, '__notes__', None))
try: _json.make_encoder(None, default, None, 4, ':', ',', False, False, True)
except TypeError as e: print(e)
try: _json.make_encoder([], default, None, None, ':', ',', False, False, True)
except TypeError as e: print(e)
