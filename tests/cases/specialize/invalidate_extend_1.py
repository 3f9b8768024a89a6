# Mixed int/float and int bitwise sites (BINARY_OP_EXTEND) meet zero
# divisors, big ints, bools and negative operands.

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

def bits(a, b):
    return a | b, a & b, a ^ b

def mixed(a, b):
    return a + b, a - b, a * b

run("warm float / int", div, 1.0, 2)
run("float / int zero", div, 1.0, 0)
run("negative zero float / int zero", div, -0.0, 0)
run("int / float", div, 3, 2.0)
run("int / float zero", div, 1, 0.0)
run("float / big int", div, 1.0, 2**70)
run("float / bool", div, 1.0, True)
run("warm bits", bits, 6, 3)
run("negative", bits, -6, 3)
run("big", bits, 2**40, 2**40 + 1)
run("bools", bits, True, False)
run("bool and int", bits, True, 2)
run("warm mixed", mixed, 2, 0.5)
run("mixed reversed", mixed, 0.5, 2)
run("mixed inf", mixed, 2, float("inf"))
run("mixed big int", mixed, 2**70, 0.5)
