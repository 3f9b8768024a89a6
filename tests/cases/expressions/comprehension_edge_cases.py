# Comprehension edge cases: nested loop variable shadowing, conditions referencing later names, empty iterables, closures.
print([x for x in range(3) for x in range(x)])
print([(i, j) for i in range(3) if i for j in range(i) if j != i - 1])
print([[i for i in range(j)] for j in range(4)])
print({i: [j for j in range(i)] for i in range(3)})
print([y for x in [[1, 2], [3]] for y in x if y % 2])
print([x for x in "abc" if x not in "b"], [c * 2 for c in ""], {k: v for k, v in []})
funcs = [(lambda: x) for x in range(3)]
print([f() for f in funcs])
print(sum(x * y for x in range(4) for y in range(4) if x != y))
def gen_inside():
    return [list(v for v in range(n)) for n in range(3)]
print(gen_inside())
n = 3
print([n * i for i in range(n)])
print([(a := i) for i in range(2)], a)
print([i for i in range(5) if (sq := i * i) > 4], sq)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(row) for row in zip(*matrix)], [sum(col) for col in zip(*matrix)])
