# _pickle: tuples, lists, dicts, sets and frozensets (shared, nested and
# recursive ones, batches of 1000) for protocols 0-5: exact bytes and loads().
import hashlib
import pickle

def show(v, p):
    data = pickle.dumps(v, p)
    if len(data) > 150:
        print(' ', len(data), hashlib.sha256(data).hexdigest()[:32], data[:30])
    else:
        print(' ', data)
    return pickle.loads(data)

shared = [1, 2]
values = [
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], [[], [[]]],
    {}, {1: 2}, {1: 2, 3: 4}, {'a': [1], 'b': (2,)}, set(), {1}, {1, 2, 3},
    frozenset(), frozenset({5}), frozenset({1, 2}), (shared, shared), [shared, (shared,)],
    {'k': shared, 'j': shared}, ('s', 's'), list(range(1000)), list(range(1001)),
    list(range(2500)), dict.fromkeys(range(1500)), set(range(1200)), frozenset(range(1100)),
    [(i, str(i)) for i in range(300)], (1.5, 'x', b'y', None, True),
]
for p in range(6):
    print('protocol', p)
    for v in values:
        back = show(v, p)
        print('   ', back == v, type(back).__name__)

for p in range(6):
    print('recursive', p)
    a = [1]
    a.append(a)
    back = show(a, p)
    print('   ', back[1] is back, back[0])
    d = {}
    d['self'] = d
    back = show(d, p)
    print('   ', back['self'] is back)
    t = ([],)
    t[0].append(t)
    back = show(t, p)
    print('   ', back[0][0] is back)
    t5 = ([], 1, 2, 3)
    t5[0].append(t5)
    back = show(t5, p)
    print('   ', back[0][0] is back)
    t2 = (1, 2, ([],))
    t2[2][0].append(t2)
    back = show([t2, t2], p)
    print('   ', back[0] is back[1], back[0][2][0][0] is back[0])
big = [b'x' * 70000, 'y' * 70000, list(range(20000))]
for p in (4, 5):
    data = pickle.dumps(big, p)
    print(len(data), hashlib.sha256(data).hexdigest()[:32], data[:12])
    print(pickle.loads(data) == big)
