# A recursive function called at a warmed-up site is rebound during the
# recursion.

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


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

run("warm", fact, 10)
original = fact

def fact(n):
    return -1

run("rebound, original recursing", original, 5)
fact = original
run("restored", fact, 5)
