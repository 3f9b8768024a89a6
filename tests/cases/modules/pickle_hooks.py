# _pickle: Pickler/Unpickler subclasses and instances with persistent_id /
# persistent_load, reducer_override, dispatch_table, find_class overrides,
# the memo proxies, clear_memo, fast mode, dump/load on files.
import ast
import copyreg
import io
import pickle
import sys

class Item:
    def __init__(self, key):
        self.key = key

STORE = {'k1': Item('k1'), 'k2': Item('k2')}

class PidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Item):
            return ('item', obj.key)
        return None

class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            pid = ast.literal_eval(pid)
        kind, key = pid
        return STORE[key]

for p in range(6):
    f = io.BytesIO()
    PidPickler(f, p).dump([STORE['k1'], STORE['k2'], STORE['k1'], 5])
    data = f.getvalue()
    print(p, data)
    back = PidUnpickler(io.BytesIO(data)).load()
    print('  ', back[0] is STORE['k1'], back[1] is STORE['k2'], back[3])

class StrPid(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID%d' % obj if isinstance(obj, int) and obj > 100 else None
f = io.BytesIO()
StrPid(f, 0).dump([1, 200])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: 'loaded ' + pid
print(u.load())
try:
    pickle.Unpickler(io.BytesIO(f.getvalue())).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.persistent_id = lambda obj: 'X' if obj == 'secret' else None
pk.dump(['secret', 'public'])
print(f.getvalue(), pk.persistent_id('secret'))

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Item:
            return (str, ('item class',))
        if isinstance(obj, float):
            return (float, (str(obj * 2),))
        return NotImplemented
for p in (0, 2, 4):
    f = io.BytesIO()
    Override(f, p).dump([Item, 1.5, 'x', len])
    print(p, f.getvalue(), pickle.loads(f.getvalue()))

class Table(pickle.Pickler):
    dispatch_table = {Item: lambda obj: (Item, ('from table ' + obj.key,))}
f = io.BytesIO()
Table(f, 3).dump(Item('a'))
print(f.getvalue(), pickle.loads(f.getvalue()).key)
f = io.BytesIO()
pk = pickle.Pickler(f, 4)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Item] = lambda obj: (Item, (obj.key.upper(),))
pk.dump(Item('lower'))
print(f.getvalue(), pickle.loads(f.getvalue()).key)
try:
    pickle.Pickler(io.BytesIO()).dispatch_table
except AttributeError as e:
    print('AttributeError', e)

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module in ('builtins', '__builtin__') and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))
for p in (0, 2, 4):
    data = pickle.dumps([{1}, frozenset([2])], p)
    print(Restricted(io.BytesIO(data)).load())
    try:
        Restricted(io.BytesIO(pickle.dumps(Item, p))).load()
    except pickle.UnpicklingError as e:
        print('  ', e)

u = pickle.Unpickler(io.BytesIO(b''))
print(u.find_class('os.path', 'join') is __import__('os').path.join)
u = pickle.Unpickler(io.BytesIO(pickle.dumps(None, 4)))
u.load()
print(u.find_class('__main__', 'Item.__init__') is Item.__init__)
try:
    u.find_class('__main__', 'Item.nothere')
except AttributeError as e:
    print('AttributeError', e, '|', e.__context__)

events = []
def hook(event, args):
    if event == 'pickle.find_class':
        events.append(args)
sys.addaudithook(hook)
pickle.loads(pickle.dumps([Item, len], 2))
print(events)

shared = ['s']
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dump(shared)
pk.dump(shared)
memo = pk.memo.copy()
print(f.getvalue(), len(memo), sorted(v[0] for v in memo.values()), type(pk.memo).__name__)
print(type(pk.memo.__reduce__()[0]).__name__, len(pk.memo.__reduce__()[1][0]))
pk.clear_memo()
pk.dump(shared)
print(f.getvalue())
pk.memo.clear()
pk.memo = {id(shared): (7, shared)}
pk.dump(shared)
print(f.getvalue()[-6:])
for bad in (1, {1: 2}):
    try:
        pk.memo = bad
    except TypeError as e:
        print('TypeError', e)
print(pk.bin, pk.fast)
pk.fast = 1
f2 = io.BytesIO()
pk2 = pickle.Pickler(f2, 2)
pk2.fast = True
pk2.dump([shared, shared])
print(f2.getvalue())
deep = []
cur = deep
for i in range(60):
    cur.append([])
    cur = cur[0]
cur.append(deep)
try:
    pk2.dump(deep)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

data = io.BytesIO(pickle.dumps([1, 2], 2) + pickle.dumps('next', 0) + b'tail')
u = pickle.Unpickler(data)
print(u.load(), u.load(), data.read())
u2 = pickle.Unpickler(io.BytesIO(pickle.dumps(['m', 'm', ('t',)], 3)))
print(u2.load(), u2.memo.copy())
u2.memo = {0: 'zero', 5: 'five'}
print(sorted(u2.memo.copy().items()), type(u2.memo).__name__)
u2.memo.clear()
print(u2.memo.copy())
f = io.BytesIO()
pickle.dump({'a': 1}, f, 1)
f.seek(0)
print(f.getvalue(), pickle.load(f))
print(pickle.loads(bytearray(pickle.dumps(3.5))), pickle.loads(memoryview(pickle.dumps('mv'))))
class NoInit(pickle.Pickler):
    def __init__(self):
        pass
try:
    NoInit().dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
try:
    NoInitU().load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
