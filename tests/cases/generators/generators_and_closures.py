# Generators capturing loop variables, mutable state shared with the caller, and generator factories.
def gen_factory(start):
    def gen():
        n = start
        while n < start + 3:
            yield n
            n += 1
    return gen
g10 = gen_factory(10)
print(list(g10()), list(g10()))
state = {"count": 0}
def counting():
    while state["count"] < 3:
        state["count"] += 1
        yield state["count"]
it = counting()
print(next(it))
state["count"] = 2
print(list(it))
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(g) for g in gens])
