# sorted()/list.sort stability on many equal keys, multi-pass sorting, reverse keeping stability, key called once per item
records = [(name, (i * 7) % 5, i) for i, name in enumerate('abcdefghijklmnopqrstuvwxyz')]
by_key = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_key])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print([r[0] for r in two_pass])
calls = []
def key(r):
    calls.append(r[0])
    return r[1]
sorted(records, key=key)
print(len(calls), sorted(calls) == sorted(r[0] for r in records))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
nums = [5, -3, 3, -5, 0, 2, -2, 1]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
print(sorted(nums, key=lambda n: n % 3))
floats = [1.0, 1, True, 1.0, 0, False, 0.0]
print([type(x).__name__ for x in sorted(floats)])
print([type(x).__name__ for x in sorted(floats, reverse=True)])
big = [(i % 3, i) for i in range(30, 0, -1)]
print(sorted(big, key=lambda p: p[0])[:12])
l = list(range(20))
l.sort(key=lambda v: v // 5, reverse=True)
print(l)
