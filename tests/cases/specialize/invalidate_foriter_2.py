# A list being iterated is mutated in the loop (FOR_ITER_LIST), and a range
# loop gets big bounds (FOR_ITER_RANGE).

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


def grow(n):
    items = [0]
    for x in items:
        if len(items) < n:
            items.append(x + 1)
    return items

def shrink():
    items = list(range(6))
    seen = []
    for x in items:
        seen.append(x)
        if items:
            items.pop()
    return seen

def span(a, b, step=1):
    return [x for x in range(a, b, step)][:4]

def span_loop(a, b):
    out = []
    for x in range(a, b):
        out.append(x)
        if len(out) == 3:
            break
    return out

run("grow", grow, 5)
run("shrink", shrink)
run("warm range", span_loop, 0, 5)
run("range past 2**31", span_loop, 2**31 - 2, 2**31 + 5)
run("range past 2**63", span_loop, 2**63 - 2, 2**63 + 5)
run("negative range", span_loop, -5, -1)
run("comprehension big step", span, 0, 2**65, 2**62)
