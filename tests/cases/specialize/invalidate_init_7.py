# A warmed-up class call whose `__init__` raises, recurses into the same
# class, and replaces itself during the call.

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


class Node:
    def __init__(self, depth):
        self.child = Node(depth - 1) if depth > 0 else None
        self.depth = depth

def make(depth):
    n = Node(depth)
    count = 0
    while n is not None:
        count += 1
        n = n.child
    return count

run("warm", make, 3)

class Fails:
    def __init__(self, x):
        if x < 0:
            raise ValueError(f"negative {x}")
        self.x = x

def build(x):
    return Fails(x).x

run("warm fails", build, 1)
run("raises", build, -1)
run("fine again", build, 2)

class SelfReplacing:
    def __init__(self):
        SelfReplacing.__init__ = lambda self: setattr(self, "tag", "second")
        self.tag = "first"

def fresh():
    return SelfReplacing().tag

run("replaces itself", fresh)
