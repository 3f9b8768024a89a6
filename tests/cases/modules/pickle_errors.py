# _pickle: the errors (types, messages, notes, chained causes) of pickling
# unpicklable objects and bad __reduce__ values, and of unpickling bad data.
import io
import pickle
import re

def show(exc):
    notes = getattr(exc, '__notes__', None)
    ctx = exc.__context__
    text = '%s: %s' % (type(exc).__name__, exc)
    if notes:
        text += ' | notes %r' % (notes,)
    if ctx is not None:
        text += ' | context %s: %s' % (type(ctx).__name__, ctx)
    print(re.sub(r'0x[0-9a-f]+', 'ADDR', text))

def dumps(v, p=4):
    try:
        print(pickle.dumps(v, p))
    except Exception as e:
        show(e)

def loads(data, **kw):
    try:
        print(repr(pickle.loads(data, **kw)))
    except Exception as e:
        show(e)

def make_local():
    class Local:
        pass
    return Local

class Bad:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return self.value

def f():
    pass

def noop(*a):
    return a

dumps(lambda: 0)
dumps([1, (2, lambda: 0)])
dumps({'key': [lambda: 0]})
dumps({'a': {1, 2, frozenset([lambda: 0])}}, 4)
dumps(make_local())
dumps(make_local()())
for value in [5, (), (noop,), (1, ()), (noop, 1), (noop, (), None, 1), (noop, (), None, None, 1),
              (noop, (), None, None, None, 1), (noop, (), 1, 2, 3, 4, 5), 'f', 'nothere']:
    dumps(Bad(value))
dumps([Bad((noop, (lambda: 0,)))])
f.__qualname__ = 'g'
dumps(f)
f.__module__ = 'no_such_module_x'
dumps(f)
f.__module__ = __name__
f.__qualname__ = 'f'
dumps(pickle.PickleBuffer(b'x'), 4)
dumps(iter([]))
try:
    pickle.dumps(1, 6)
except ValueError as e:
    show(e)
try:
    pickle.Pickler(io.BytesIO(), 4, buffer_callback=print)
except ValueError as e:
    show(e)
try:
    pickle.Pickler(object())
except TypeError as e:
    show(e)
try:
    pickle.Unpickler(object())
except TypeError as e:
    show(e)
dumps(Bad(('x', ())))
class NewobjBad:
    def __reduce__(self):
        import copyreg
        return (copyreg.__newobj__, (int,))
dumps(NewobjBad(), 2)

loads(b'')
loads(b'\x80\x05')
loads(b'K')
loads(b'X\x05\x00\x00\x00ab')
loads(b'\xff')
loads(b'Z.')
loads(b"'.")
loads(b'\x80\x06N.')
loads(b'a.')
loads(b'(a.')
loads(b'0.')
loads(b'(0.')
loads(b'h\x05.')
loads(b'g3\n.')
loads(b'N0.')
loads(b'(N.')
loads(b'(Nd.')
loads(b'}(Nu.')
loads(b't.')
loads(b'\x93.')
loads(b'K\x01K\x02\x93.')
loads(b'\x8c\x01a\x8c\x01b\x93.')
loads(b'cbuiltins\nnothere\n.')
loads(b'\x80\x04\x8c\x08builtins\x8c\x07nothere\x93.')
loads(b'\x80\x04\x8c\x08builtins\x8c\x07str.abc\x93.')
loads(b'S"abc"\n.')
loads(b'Sabc\n.')
loads(b'U\x03abc.')
loads(b'U\x03\xe9bc.')
loads(b'U\x03\xe9bc.', encoding='latin1')
loads(b'U\x03\xe9bc.', encoding='bytes')
loads(b'T\xff\xff\xff\xff.')
loads(b'\x8a\x02\xff\x7f.')
loads(b'\x8b\xff\xff\xff\xff.')
loads(b'I12x\n.')
loads(b'Ffoo\n.')
loads(b'P1\n.')
loads(b'\x97.')
loads(b'\x97.', buffers=[])
loads(b'\x82\x05.')
loads(b'\x82\x00.')
loads(b'K\x01\x81.')
loads(b'\x88)\x81.')
loads(b'cbuiltins\nobject\n\x88\x81.')
loads(b'cbuiltins\nobject\n)K\x01\x92.')
loads(b'NN\x85R.')
loads(b'\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.')
loads(b'I01\nI00\nI1\nI-5\nI99999999999999999999\n\x87.')
loads(b'L5L\nL-77\n\x86.')
loads('str')

pk = pickle.Pickler(io.BytesIO())
up = pickle.Unpickler(io.BytesIO())
for call in [lambda: pk.dump(), lambda: pk.dump(1, 2), lambda: pk.clear_memo(1), lambda: up.load(1),
             lambda: up.find_class('a'), lambda: pickle.dumps(), lambda: pickle.dumps(1, 2, 3),
             lambda: pickle.dumps(1, protocol='x'), lambda: pickle.loads(), lambda: pickle.loads(b'', x=1),
             lambda: pickle.loads(data=b''), lambda: pickle.Pickler(), lambda: pickle.Unpickler(),
             lambda: pickle.Unpickler(io.BytesIO(), encoding=1), lambda: pickle.load(),
             lambda: pickle.dump(1), lambda: pk.persistent_id(), lambda: pickle.PickleBuffer(b'', 1),
             lambda: pickle.Unpickler(io.BytesIO(), 1), lambda: pickle.dumps(1, 2**70),
             lambda: pickle.dumps(1, -2**70), lambda: pickle.loads(b'N.', buffers=5)]:
    try:
        print(call())
    except Exception as e:
        show(e)
