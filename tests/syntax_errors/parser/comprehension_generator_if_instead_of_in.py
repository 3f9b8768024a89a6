tuple(x for x if range(1))
