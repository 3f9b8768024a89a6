type X = (yield from y)
