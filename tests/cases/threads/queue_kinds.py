# LifoQueue, PriorityQueue, SimpleQueue ordering and errors; subclasses override _put/_get.
import queue
lq = queue.LifoQueue()
for i in range(5): lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    pq.put(x)
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
for i in range(3): sq.put(i)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(3)], sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
sq.put_nowait("x"); sq.put("y", block=False, timeout=5); print(sq.get(), sq.get())
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item); self.queue.sort(reverse=True)
    def _get(self):
        return self.queue.pop()
s = SortedQueue()
for x in [5, 1, 4, 2, 3]: s.put(x)
print([s.get() for _ in range(5)])
pq2 = queue.PriorityQueue(maxsize=2)
pq2.put(2); pq2.put(1)
try:
    pq2.put(0, block=False)
except queue.Full:
    print("pq Full")
print(pq2.get(), pq2.get())
class Unorderable: pass
pq3 = queue.PriorityQueue(); pq3.put(Unorderable())
try:
    pq3.put(Unorderable())
except TypeError as e:
    print("TypeError", e)
print(issubclass(queue.Empty, Exception), queue.Empty.__module__ in ("_queue", "queue"))
print(type(sq).__name__, type(lq).__name__, isinstance(lq, queue.Queue))
