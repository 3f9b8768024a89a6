# Starred assignment targets and their errors.
a, *b = 1, 2, 3
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "xyz"
print(a, b, c)
[*a] = (1, 2)
print(a)
(*a,) = "ab"
print(a)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for *init, last in [(1, 2, 3), (4,)]:
    print(init, last)
head, *tail = iter(range(3))
print(head, tail, type(tail).__name__)
*empty, one = [1]
print(empty, one)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    *a, b = []
except ValueError as e:
    print(type(e).__name__, e)
for src in ["*a = [1]", "a, *b, *c = d", "*a, = 1", "[*a, *b] = c", "print(*a = 1)"]:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r} compiles")
    except SyntaxError as e:
        print(f"{src!r}", e.msg)
big = list(range(300))
first, *middle, last = big
print(first, len(middle), last)
