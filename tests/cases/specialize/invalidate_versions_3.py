# Globals read at a warmed-up site while the module dict gains and loses keys
# on every iteration.

def run(label, f, *args, **kwargs):
    """Calls f 120 times and prints each distinct result (or exception) in order.

    The first call meets whatever the earlier phase specialized; later calls
    miss until the site re-specializes (after 53 misses) for the new state.
    """
    seen = []
    for _ in range(120):
        try:
            result = repr(f(*args, **kwargs))
        except Exception as e:
            result = f"{e.__class__.__name__}: {e}"
        if result not in seen:
            seen.append(result)
    print(label, seen)


g = "value"

def get():
    return g

run("warm", get)
wrong = 0
for i in range(500):
    globals()[f"temp{i}"] = i
    if get() != "value":
        wrong += 1
    del globals()[f"temp{i}"]
    if i % 100 == 0:
        g = f"value{i}"
        if get() != g:
            wrong += 1
        g = "value"
print("wrong reads:", wrong)
