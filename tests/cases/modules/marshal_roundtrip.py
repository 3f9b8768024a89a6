# marshal: dumps/loads round trips for every marshallable type, code objects, shared references, versions, dump/load on files, and the errors for bad data and unmarshallable objects
import io
import marshal

values = [0, 1, -5, 2**31 - 1, -2**31, 2**31, 2**100, -2**70, 1.5, -0.0, float('inf'), 1j, 2.5 - 3j,
          '', 'abc', 'é', 'x' * 300, '\udc80', '日本', b'', b'xy', bytearray(b'ab'), (), (1, 2), ('a',) * 300,
          [1, [2]], {1: 2, 'a': [3]}, set(), {1, 2}, frozenset([3]), None, True, False, ..., StopIteration,
          slice(1, 2, 3), slice(None)]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(v)[:40], type(back).__name__, back == v or back)
print(marshal.version, marshal.dumps(1), marshal.dumps(None), marshal.dumps((1, 'a')))
print(marshal.dumps(1.5, 1), marshal.loads(marshal.dumps(1.5, 1)))
print(marshal.dumps(2**40, 2), marshal.dumps('a', 0))
shared = ['s']
pair = marshal.loads(marshal.dumps((shared, shared)))
print(pair[0] is pair[1], marshal.loads(marshal.dumps((shared, shared), 2))[0] is not pair[1])

def f(a, b=2, *c, d, **e):
    x = [i for i in a]
    return x, lambda: d
code = marshal.loads(marshal.dumps(f.__code__))
print(code.co_name, code.co_qualname, code.co_varnames, code.co_freevars, code.co_cellvars)
plain = lambda consts: [c if not hasattr(c, 'co_code') else (c.co_name, c.co_code) for c in consts]
print(plain(code.co_consts) == plain(f.__code__.co_consts), code.co_code == f.__code__.co_code, code.co_linetable == f.__code__.co_linetable)
g = type(f)(code, {}, None, (2,))
print(g([1, 2], d=4)[0], g([1], d=5)[1]())

buf = io.BytesIO()
marshal.dump([1, 'two'], buf)
marshal.dump({'k': 3}, buf)
buf.seek(0)
print(marshal.load(buf), marshal.load(buf))
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)

for bad in [b'', b'\xff', b'i\x01', b'(\x05\x00\x00\x00N', b'r\x00\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'u\x02\x00\x00\x00\xff\xff']:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [object(), [object()], type, lambda: 0]:
    try:
        marshal.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.loads(marshal.dumps(f.__code__), allow_code=False)
except Exception as e:
    print(type(e).__name__, e)
try:
    marshal.dumps(f.__code__, allow_code=False)
except Exception as e:
    print(type(e).__name__, e)
nested = []
for _ in range(3000):
    nested = [nested]
try:
    marshal.dumps(nested)
except Exception as e:
    print(type(e).__name__, e)
try:
    marshal.loads('str')
except Exception as e:
    print(type(e).__name__, e)
