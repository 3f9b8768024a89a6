# A store site warmed up on instances with a new attribute name after the
# class's shared keys are full.

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

def store(o, name, value):
    setattr(o, name, value)
    return getattr(o, name)

def direct(o, v):
    o.late = v
    return o.late

many = C()
for i in range(30):
    store(many, f"a{i}", i)
run("warm direct", direct, C(), 1)
run("instance with many attributes", direct, many, 2)
print(len(vars(many)))
