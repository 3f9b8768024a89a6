# Loop and comprehension variables: leakage from for, none from comprehensions.
for i in range(3):
    pass
print("after for:", i)
for j in []:
    pass
print("j" in globals())
squares = [k * k for k in range(3)]
print("k" in globals())
gen = (m for m in range(2))
print(list(gen), "m" in globals())
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a + b + c
print(total, a, b, c)
d = {}
for d["key"] in range(3):
    pass
print(d)
class Holder:
    pass
h = Holder()
for h.attr in "xyz":
    pass
print(h.attr)
lst = [0, 0, 0]
for idx, lst[idx] in enumerate("abc"):
    pass
print(lst)
n = 0
while n < 5:
    n += 1
else:
    print("while done with", n)
x = 10
print([x for x in range(3)], x)
print({x: x for x in "ab"}, x)
