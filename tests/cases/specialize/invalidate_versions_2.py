# A function whose `__code__` is swapped many times between calls at a
# warmed-up site.

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


def f():
    return "f"

def g():
    return "g"

def call():
    return f()

run("warm", call)
codes = [f.__code__, g.__code__]
wrong = []
for i in range(300):
    f.__code__ = codes[i % 2]
    expected = "fg"[i % 2]
    if call() != expected:
        wrong.append(i)
print("wrong calls:", wrong)
run("settled", call)
