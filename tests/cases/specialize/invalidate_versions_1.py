# A class mutated over and over between reads runs out of type versions;
# reads stay right throughout.

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
    x = 0

def get(o):
    return o.x

def get_class():
    return C.x

c = C()
run("warm", get, c)
results = []
for i in range(1500):
    C.x = i
    if get(c) != i or get_class() != i:
        results.append(i)
print("wrong reads:", results)
run("after many mutations", get, c)
run("class read after many mutations", get_class)
