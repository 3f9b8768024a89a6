# Float division and int/float mixes (BINARY_OP_EXTEND) with zero divisors
# and big ints.

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


def div(a, b):
    return a / b

def mixed(a, b):
    return a * b

run("warm div", div, 1.0, 4.0)
run("divide by zero", div, 1.0, 0.0)
run("int by float", div, 1, 4.0)
run("big int by float", div, 2**70, 2.0)
run("huge int by float", div, 10**400, 2.0)
run("warm mixed", mixed, 3, 0.5)
run("mixed reversed", mixed, 0.5, 3)
run("mixed nan", mixed, 3, float("nan"))
run("mixed bool", mixed, True, 2.5)
