# _bisect: bisect/insort left and right, lo/hi bounds, key=, errors
import _bisect as b


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a = [1, 2, 2, 2, 3, 5]
print(b.bisect_left(a, 2), b.bisect_right(a, 2), b.bisect_left(a, 0), b.bisect_right(a, 9), b.bisect_left(a, 4))
print(b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 3), b.bisect_left(a, 2, hi=1), b.bisect_right(a, x=2, lo=4))
print(b.bisect_left(a, 2, 0, None))
l = []
for x in [3, 1, 2, 3, 1]:
    b.insort_right(l, x)
print(l)
b.insort_left(l, 2); b.insort_right(l, 2, 0, 3); print(l)
recs = [('a', 1), ('b', 2), ('c', 5)]
print(b.bisect_left(recs, 2, key=lambda r: r[1]), b.bisect_right(recs, 5, key=lambda r: r[1]))
b.insort_left(recs, ('d', 3), key=lambda r: r[1]); print(recs)
b.insort(recs, ('e', 0), key=lambda r: r[1]) if hasattr(b, 'insort') else None
print(b.bisect_left('abcde', 'c'), b.bisect_right(range(10), 4))
class Seq(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
s = Seq([1, 3]); b.insort_left(s, 2); print(s)
show(lambda: b.bisect_left(a, 1, -1))
show(lambda: b.bisect_left(a))
show(lambda: b.bisect_left(1, 1))
show(lambda: b.bisect_left([1, 'a'], 2))
show(lambda: b.bisect_left(a, 1, 'x'))
show(lambda: b.insort_left((), 1))
show(lambda: b.bisect_right(a, 1, 0, 100))
print(b.bisect_left.__text_signature__, b.insort_right.__doc__.splitlines()[0])
