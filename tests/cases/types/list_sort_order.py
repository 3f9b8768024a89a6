# list.sort/sorted call __lt__ in CPython's timsort order: runs, binary insertion, galloping merges (checked by counts and checksums of the compared pairs)
class N:
    calls = 0
    checksum = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        N.calls += 1
        N.checksum = (N.checksum * 31 + self.v * 7 + other.v) % 1000000007
        return self.v < other.v

seed = 4242
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % k

for n in [0, 1, 2, 3, 7, 40, 63, 64, 65, 300, 2000]:
    for kind in ('random', 'few values', 'descending', 'mostly sorted'):
        if kind == 'random':
            vals = [rnd(1000) for _ in range(n)]
        elif kind == 'few values':
            vals = [rnd(4) for _ in range(n)]
        elif kind == 'descending':
            vals = [n - i for i in range(n)]
        else:
            vals = [i if i % 37 else rnd(n + 1) for i in range(n)]
        N.calls = N.checksum = 0
        objs = [N(v) for v in vals]
        result = sorted(objs)
        stable = all(a.v < b.v or (a.v == b.v and objs.index(a) < objs.index(b))
                     for a, b in zip(result[:100], result[1:101]))
        print(n, kind, [o.v for o in result] == sorted(vals), stable, N.calls, N.checksum)
N.calls = N.checksum = 0
objs = [N(rnd(50)) for _ in range(120)]
objs.sort(reverse=True)
print('reverse', N.calls, N.checksum, [o.v for o in objs[:5]])
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('no 3')
        return self.v < other.v
items = [Boom(v) for v in [5, 1, 4, 3, 2]]
try:
    items.sort()
except ValueError as e:
    print('ValueError', e, sorted(b.v for b in items))
