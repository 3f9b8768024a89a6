# while/else and for/else with break inside nested try/finally and inner loops.
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None
m = [[1, 2], [3, 4], [5, 6]]
print(search(m, 4), search(m, 7), search([], 1))
n = 0
while n < 10:
    n += 1
    try:
        if n == 3:
            break
    finally:
        print("finally", n)
else:
    print("else not reached")
print("n", n)
k = 0
while k < 2:
    k += 1
    for j in range(3):
        if j == 1:
            break
else:
    print("outer while else runs; inner break does not affect it")
