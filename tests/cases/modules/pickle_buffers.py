# _pickle: protocol 5 buffers (PickleBuffer in and out of band, bytearray,
# read-only views), framing of large pickles written to a file and read
# back from one, and Python 2 compatibility (fix_imports, old str opcodes).
import hashlib
import io
import pickle
import sys

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, data):
        self.chunks.append(bytes(data))

pb = pickle.PickleBuffer(b'abc')
print(bytes(pb), memoryview(pb).readonly, bytes(pb.raw()), pb.raw().readonly)
wb = pickle.PickleBuffer(bytearray(b'xyz'))
print(memoryview(wb).readonly, bytes(wb))
wb.release()
try:
    wb.raw()
except ValueError as e:
    print('ValueError', e)
for bad in ((), (1,)):
    try:
        pickle.PickleBuffer(*bad)
    except TypeError as e:
        print('TypeError', e)

for p in (4, 5):
    try:
        print(pickle.dumps(pickle.PickleBuffer(b'ro'), p))
    except pickle.PicklingError as e:
        print('PicklingError', e)
print(pickle.dumps(pickle.PickleBuffer(bytearray(b'rw')), 5))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(b'ro'), 5)),
      pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b'rw')), 5)))

buffers = []
data = pickle.dumps([pickle.PickleBuffer(b'one'), pickle.PickleBuffer(bytearray(b'two')), b'three'],
                    5, buffer_callback=buffers.append)
print(data, len(buffers), [bytes(b) for b in buffers])
back = pickle.loads(data, buffers=buffers)
print([bytes(b) for b in back[:2]], back[2])
back = pickle.loads(data, buffers=[b'1', bytearray(b'2')])
print(back[0], type(back[1]).__name__, bytes(back[1]), memoryview(back[0]).readonly)
data = pickle.dumps([pickle.PickleBuffer(b'keep')], 5, buffer_callback=lambda b: True)
print(data)

big = [b'x' * 70000, 'y' * 70000, bytearray(b'z' * 70000), list(range(30000)), 'tail']
for p in range(6):
    w = Writer()
    pickle.Pickler(w, p).dump(big)
    joined = b''.join(w.chunks)
    print(p, len(w.chunks), [len(c) for c in w.chunks][:8], hashlib.sha256(joined).hexdigest()[:24])
    print('  ', joined == pickle.dumps(big, p), pickle.load(io.BytesIO(joined)) == big)
    print('  ', pickle.Unpickler(io.BufferedReader(io.BytesIO(joined))).load() == big)

for p in range(3):
    print(p, pickle.dumps([range, str, bytes(), b'\x80', bytearray(b'\x01'), sys.maxsize.__class__,
                           __import__('collections').UserDict, Exception], p))
    print('  ', pickle.dumps([range, str], p, fix_imports=False))
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI5\ntR.'))
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI5\ntR.', fix_imports=False) if False else 'skip')
print(pickle.loads(b'cUserDict\nUserDict\n)R.'))
print(pickle.loads(b'(cexceptions\nStandardError\nS\'msg\'\ntR.'))
print(pickle.loads(b'\x80\x02U\x05h\xc3\xa9llo.', encoding='utf-8'))
print(pickle.loads(b'\x80\x02T\x03\x00\x00\x00abc.', encoding='bytes'))
print(pickle.loads(b'S\'a\\nb\\x41\'\np0\n.'))
print(pickle.loads(b'Vh\\u00e9\\U0001f600\nV\\\\\n\x86.'))
print(pickle.loads(b'(lp0\nI1\naI2\na(dp1\nS\'k\'\np2\nI3\nsg1\ng2\nt.'))
print(pickle.loads(b'(i__main__\nWriter\n(dS\'chunks\'\n(lp0\nsb.').chunks)
print(pickle.loads(b'ccopy_reg\n_reconstructor\n(c__main__\nWriter\nc__builtin__\nobject\nNtR(dS\'chunks\'\nI9\nsb.').chunks)
