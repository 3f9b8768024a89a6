# Exceptions inside loops: continue/break from handlers, else clauses and finally interaction.
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
for attempt in range(5):
    try:
        if attempt < 2:
            raise ConnectionError(f"attempt {attempt}")
        print("succeeded on", attempt)
        break
    except ConnectionError as e:
        print("retry after", e)
else:
    print("all attempts failed")
i = 0
while True:
    try:
        i += 1
        if i == 3:
            break
    finally:
        print("finally at", i)
print("stopped at", i)
def first_even(items):
    for x in items:
        try:
            if x % 2 == 0:
                return x
        finally:
            print("checked", x)
    return None
print(first_even([1, 3, 4, 6]))
errors = 0
for d in [1, 0, 2, 0]:
    try:
        10 / d
    except ZeroDivisionError:
        errors += 1
print("errors", errors)
