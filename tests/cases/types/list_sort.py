# list.sort: key, reverse, stability, None result, mutation during sort (ValueError), comparison errors, sort of mixed numbers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [5, 2, 9, 1]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
recs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
nums = [3, 1.5, True, 2, 0.5, False]
nums.sort()
print(nums)
t(lambda: [1, 'a', 2].sort())
t(lambda: [3, 2, 1].sort(lambda x: x))
t(lambda: [3, 2, 1].sort(key=1))
t(lambda: [].sort(cmp=1))
m = [3, 2, 1]
def bad_key(x):
    m.append(0)
    return x
t(lambda: m.sort(key=bad_key))
print(len(m) >= 3)
lst = [5, 4, 3]
def raising_key(x):
    if x == 3:
        raise ValueError('key failed')
    return x
t(lambda: lst.sort(key=raising_key))
print(lst)
big = list(range(100, 0, -1))
big.sort(key=lambda v: v % 10)
print(big[:15])
t(lambda: sorted([[2], [1, 5], [1]]))
t(lambda: sorted(['b', 'a', 'B', 'é', 'e']))
t(lambda: sorted([(1, None), (0, None)]))
t(lambda: sorted([(1, None), (1, None)]))
t(lambda: sorted([(1, None), (1, 2)]))
class K:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.count += 1
        return self.v < o.v
ks = [K(i) for i in range(10)]
ks.sort()
print([k.v for k in ks], K.count > 0)
