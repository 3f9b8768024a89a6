# cProfile/pstats on a small program: call counts, primitive calls and callers (no timings)
import cProfile, pstats, io

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work():
    total = 0
    for i in range(5):
        total += fib(i)
    data = sorted([3, 1, 2])
    data.append(len(data))
    return total, data

pr = cProfile.Profile()
pr.enable()
result = work()
pr.disable()
print(result)
stats = pstats.Stats(pr)
rows = []
for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
    rows.append((name, line if filename != "~" else 0, cc, nc, sorted(c[2] for c in callers)))
for row in sorted(rows):
    print(row)

# the module-level helpers
out = io.StringIO()
pr2 = cProfile.Profile()
pr2.runcall(fib, 4)
s = pstats.Stats(pr2, stream=out)
print(sorted((k[2], v[0], v[1]) for k, v in s.stats.items()))
print(s.total_calls, s.prim_calls)
