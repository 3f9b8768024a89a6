# _pickle: the exact bytes of atoms (ints of every size, floats, str, bytes,
# bytearray, None, bools) for protocols 0-5, and loads() giving them back.
import pickle
import _pickle

print(pickle.Pickler is _pickle.Pickler, pickle.Unpickler is _pickle.Unpickler)
print(pickle.dumps is _pickle.dumps, pickle.loads is _pickle.loads)

ints = [0, 1, -1, 255, 256, 65535, 65536, -256, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
        2**32, -2**32, 2**39, -2**39, 2**63, -2**63, 2**64 - 1, 10**30, -10**30,
        2**2040, -2**2040, 2**2048, -(2**2048)]
floats = [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 3.141592653589793, float('inf'),
          float('-inf'), 1e16, 123456789.125]
strs = ['', 'a', 'abc', 'h\xe9llo', '\u20ac', '\U0001f600', 'line\nbreak', 'back\\slash',
        '\x00nul\r\x1a', '\ud800', 'x\udc80y', '\ud83d\ude00', 'a' * 255, 'b' * 256]
others = [None, True, False, b'', b'ab\x00\xff', bytes(range(256)), bytearray(),
          bytearray(b'xyz'), b'q' * 300]

for p in range(6):
    print('protocol', p)
    for v in ints + floats + strs + others:
        data = pickle.dumps(v, p)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        if len(data) > 120:
            print(' ', type(v).__name__, len(data), data[:40], data[-20:], same)
        else:
            print(' ', data, same)
nan = pickle.loads(pickle.dumps(float('nan'), 0)), pickle.loads(pickle.dumps(float('nan'), 2))
print(nan)
print(pickle.dumps(float('nan'), 0), pickle.dumps(float('nan'), 1))
print(pickle.dumps(1), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
print(pickle.dumps(1, -1), pickle.dumps(1, None))
