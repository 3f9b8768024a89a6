# Instances of one class with attributes added in different orders share a
# warmed-up read site.

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


class C:
    pass

def get(o):
    return o.p, o.q

first = C()
first.p, first.q = 1, 2
second = C()
second.q = 20
second.p = 10
run("warm first", get, first)
run("second (other order)", get, second)
third = C()
third.p = 100
run("third (no q)", get, third)
third.q = 200
run("third complete", get, third)
