# Shared dict/set/list operations from 8 threads: setdefault, pop with default, update, +=, extend, deque rotate; totals exact.
import threading, collections
N = 3000
d = {}; s = set(); lst = []
counts = collections.Counter()
lock = threading.Lock()
def work(k):
    local = 0
    for i in range(N):
        d.setdefault(i % 100, []).append(k)
        s.add(i % 500)
        lst.extend((k, i))
        if d.pop(("tmp", k), None) is None:
            d[("tmp", k)] = i
        local += 1
    with lock:
        counts[k] += local
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(len(v) for key, v in d.items() if not isinstance(key, tuple)), len(s), len(lst), sum(counts.values()))
print(sorted(collections.Counter(lst[0::2]).values()) == [N] * 8)
dq = collections.deque(range(100))
def rot():
    for _ in range(1000):
        dq.rotate(1)
ts = [threading.Thread(target=rot) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(list(dq)[:5], len(dq))
