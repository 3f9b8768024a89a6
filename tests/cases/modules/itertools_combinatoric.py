# itertools: product, combinations, combinations_with_replacement, permutations
import itertools as it


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(it.product('ab', range(2))), list(it.product('ab', repeat=2)))
print(list(it.product()), list(it.product('ab', repeat=0)), list(it.product('ab', '')))
print(list(it.product([1, 2], 'x', repeat=2)))
print(list(it.combinations(range(4), 2)), list(it.combinations('abc', 0)), list(it.combinations('ab', 3)))
print(list(it.combinations(iterable='abcd', r=3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.permutations(range(3))), list(it.permutations('abc', 2)), list(it.permutations('abc', 5)))
print(list(it.permutations('', 0)), list(it.permutations('')), list(it.permutations('ab', 0)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
print(len(list(it.product(range(3), repeat=4))), len(list(it.combinations_with_replacement(range(5), 3))))
show(lambda: it.product('ab', repeat=-1))
show(lambda: it.product('ab', x=1))
show(lambda: it.product('ab', repeat='a'))
show(lambda: it.product(1))
show(lambda: it.combinations('ab', -1))
show(lambda: it.combinations('ab'))
show(lambda: it.combinations(1, 2))
show(lambda: it.permutations('ab', -1))
show(lambda: it.permutations('ab', 'a'))
show(lambda: it.permutations('ab', 1.0))
show(lambda: it.combinations_with_replacement('ab', -1))
show(lambda: it.combinations_with_replacement('ab'))
p = it.permutations('abc')
print(next(p), next(p), list(p), list(p))
for T in (it.product, it.combinations, it.combinations_with_replacement, it.permutations):
    print(T.__name__, T.__text_signature__, type(T([], 0) if T is not it.product else T()).__sizeof__.__doc__)
    print(T.__doc__)
