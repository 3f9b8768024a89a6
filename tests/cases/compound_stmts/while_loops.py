# while loops with else, break, continue and complex conditions.
i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else after normal exit")
j = 0
while True:
    j += 1
    if j == 4:
        break
else:
    print("never printed")
print("j =", j)
k = 10
while k > 0:
    k -= 3
    if k % 2 == 0:
        continue
    print("odd k", k)
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
while False:
    print("never")
else:
    print("else of a while that never ran")
a, b = 0, 1
fib = []
while len(fib) < 10:
    fib.append(a)
    a, b = b, a + b
print(fib)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
