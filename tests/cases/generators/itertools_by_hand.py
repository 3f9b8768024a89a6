# itertools-style helpers written as generators: chain, islice, groupby, accumulate, pairwise, cycle.
def chain(*its):
    for it in its:
        yield from it
def islice(it, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        yield v
def groupby(items, key=lambda x: x):
    group, current = [], object()
    for item in items:
        k = key(item)
        if group and k != current:
            yield current, group
            group = []
        current = k
        group.append(item)
    if group:
        yield current, group
def accumulate(items):
    total = None
    for x in items:
        total = x if total is None else total + x
        yield total
def pairwise(items):
    it = iter(items)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def cycle(items):
    saved = list(items)
    while saved:
        yield from saved
print(list(chain("ab", [1], range(2))))
print(list(islice(cycle("xyz"), 7)))
print(list(groupby("aaabccdaa")))
print(list(groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate(["a", "b", "c"])))
print(list(pairwise(range(5))), list(pairwise([])))
print(list(islice(accumulate(cycle([1])), 5)))
