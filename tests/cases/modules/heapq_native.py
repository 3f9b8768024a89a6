# _heapq: min-heaps and 3.14's max-heaps, errors and mutation checks
import _heapq as hq


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


data = [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]
h = []
for x in data:
    hq.heappush(h, x)
print(h, [hq.heappop(h) for _ in range(len(data))])
h = list(data); hq.heapify(h); print(h)
print(hq.heapreplace(h, 10), h, hq.heappushpop(h, -1), hq.heappushpop(h, 11), h)
m = list(data); hq.heapify_max(m); print(m)
hq.heappush_max(m, 20); print(m, hq.heappop_max(m), hq.heapreplace_max(m, -5), m)
print(hq.heappushpop_max(m, 100), hq.heappushpop_max(m, -100), m)
print([hq.heappop_max(m) for _ in range(len(m))])
big = list(range(3000, 0, -1)); hq.heapify(big); print(big[:10], all(big[i] <= big[2 * i + 1] for i in range(1499)))
words = ['pear', 'apple', 'fig', 'kiwi']; hq.heapify(words); print(words)
show(lambda: hq.heappop([]))
show(lambda: hq.heapreplace([], 1))
show(lambda: hq.heappop_max([]))
print(hq.heappushpop([], 3))
show(lambda: hq.heappush((), 1))
show(lambda: hq.heapify(None))
show(lambda: hq.heappush([]))
show(lambda: hq.heappush([1, 'a'][:1], 'b'))
show(lambda: hq.heapify([1, 'a', 2]))
class Evil:
    def __lt__(self, other):
        victim.clear()
        return True
victim = [Evil(), Evil(), Evil()]
show(lambda: hq.heapify(victim))
victim = [1, 2]
show(lambda: hq.heappush(victim, Evil()))
print(hq.heappush.__text_signature__, hq.heapify_max.__doc__)
print(hq.__about__[:60])
