# _collections.OrderedDict: order, move_to_end, popitem, equality, views, reprs, |, copy, reduce
from _collections import OrderedDict


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict(a=1, b=2, c=3)
print(od, repr(OrderedDict()), list(od), list(reversed(od)), len(od))
od.move_to_end('a'); print(od)
od.move_to_end('a', last=False); print(od)
od.move_to_end('c', False); print(list(od))
show(lambda: od.move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od)
show(lambda: OrderedDict().popitem())
od = OrderedDict([('x', 1), ('y', 2)])
print(od.keys(), od.values(), od.items(), list(reversed(od.items())), type(od.keys()).__name__, isinstance(od.keys(), type({}.keys())))
print(od == OrderedDict([('y', 2), ('x', 1)]), od == {'y': 2, 'x': 1}, od != OrderedDict([('x', 1), ('y', 2)]), od == OrderedDict(x=1))
show(lambda: od < od)
print(od | {'z': 3}, {'z': 3} | od, type({'z': 3} | od).__name__)
o2 = od.copy(); o2['w'] = 0; print(o2, od)
o2 |= {'x': 9}; print(o2)
print(od.__reduce__()[:4], list(od.__reduce__()[4]))
print(OrderedDict.fromkeys('ab', 0), od.setdefault('q', 5), od.pop('q'), od.get('x'))
od['self'] = od; print(od)
class Sub(OrderedDict):
    pass
s = Sub(a=1); s.extra = 1
print(s, s.copy(), type(s.copy()).__name__, s.__reduce__()[2], s.__dict__)
del od['x']; od['x'] = 1; print(list(od))
print(hash.__self__ if False else None, OrderedDict.__hash__)
print(OrderedDict.__doc__, OrderedDict.move_to_end.__text_signature__, OrderedDict.__module__)
print(OrderedDict[str, int], sorted(set(dir(OrderedDict)) - set(dir(dict))))
