# sorted(dir()) of every type of itertools, _collections (but OrderedDict), _functools, _operator, one name per line
import itertools, _collections, _functools, _operator

for mod in (itertools, _collections, _functools, _operator):
    for tname in sorted(dir(mod)):
        T = getattr(mod, tname)
        if isinstance(T, type) and tname not in ('OrderedDict', '__loader__'):
            print(mod.__name__, tname, [n for n in sorted(dir(T))])
print(sorted(dir(type(_functools.cmp_to_key(len)))))
