# Operations atomic under the GIL: exact counts of list.append, dict setitem, set.add, deque append from 8 threads.
import threading, collections
N = 5000
lst = []; d = {}; s = set(); dq = collections.deque()
def work(k):
    for i in range(N):
        lst.append(i)
        d[(k, i)] = i
        s.add((k, i))
        dq.append(k)
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(lst), len(d), len(s), len(dq), sum(lst))
print(collections.Counter(dq) == {k: N for k in range(8)})
shared = list(range(40000))
popped = []
def popper():
    while True:
        try:
            popped.append(shared.pop())
        except IndexError:
            return
ts = [threading.Thread(target=popper) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(popped), len(set(popped)), shared)
it = iter(range(30000))
taken = []
def taker():
    for x in it:
        taken.append(x)
ts = [threading.Thread(target=taker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(taken), sorted(taken) == list(range(30000)))
