# dict ordering and operators: insertion order kept through updates/deletes, | and |= merging, ==, repr recursion, mutation during iteration errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
for key in ('z', 'a', 'm', 'b'):
    d[key] = len(d)
print(d)
d['a'] = 'updated'
print(list(d))
del d['z']
d['z'] = 'back'
print(d)
t(lambda: {'a': 1} | {'b': 2, 'a': 3})
t(lambda: {'b': 2, 'a': 3} | {'a': 1})
t(lambda: {'a': 1} | [('b', 2)])
t(lambda: [('b', 2)] | {'a': 1})
x = {'a': 1}
y = x
x |= {'b': 2}
x |= [('c', 3)]
print(x, x is y)
def bad_ior():
    z = {}
    z |= 5
t(bad_ior)
t(lambda: {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'})
t(lambda: list({1: 'a', 2: 'b'}) == list({2: 'b', 1: 'a'}))
r = {'k': 1}
r['self'] = r
print(r)
r2 = {}
r2[1] = [r2]
print(r2)
m = {1: 1, 2: 2}
def add_during():
    for key in m:
        m[key + 10] = 0
t(add_during)
print(m)
m2 = {1: 1, 2: 2}
def del_during():
    for key in m2:
        del m2[key]
t(del_during)
m3 = {1: 1, 2: 2}
def modify_values():
    for key in m3:
        m3[key] = 'changed'
    return m3
t(modify_values)
m4 = {1: 1}
def change_keys_same_size():
    for key in m4:
        del m4[key]
        m4[key + 1] = 1
t(change_keys_same_size)
m5 = {1: 1, 2: 2}
def values_during():
    for v in m5.values():
        m5.pop(2)
t(values_during)
t(lambda: {**{'a': 1}, **{'a': 2}})
t(lambda: dict(sorted({'b': 1, 'a': 2}.items())))
t(lambda: {k: v for k, v in zip('abc', range(3)) if v != 1})
t(lambda: {(1, 2): 'tuple key', frozenset(): 'fs', None: 'none', 1.5: 'f'})
class H:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, H) and self.name == other.name
    def __repr__(self):
        return 'H(%s)' % self.name
t(lambda: {H('a'): 1, H('b'): 2, H('a'): 3})
