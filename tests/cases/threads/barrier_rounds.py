# A Barrier reused for several rounds by 5 threads; each round's results are complete before the next starts.
import threading
N, ROUNDS = 5, 6
b = threading.Barrier(N)
rounds = [[] for _ in range(ROUNDS)]
checks = []
def work(i):
    for r in range(ROUNDS):
        rounds[r].append(i)
        b.wait()
        if i == 0:
            checks.append(len(rounds[r]))
        b.wait()
ts = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(checks, [sorted(r) for r in rounds][0], b.n_waiting, b.broken)
