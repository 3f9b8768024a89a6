"""Closures, lambdas and sorting: function factories, nonlocal counters, composed key functions.

Sorts generated employee records by several keys, builds pipelines of
closures, memoizes with a closure-held dict, and prints summaries.
"""
import sys

# small size: 500
RECORDS = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
DEPARTMENTS = ["ops", "research", "sales", "support", "legal", "design"]


def make_counter(start=0):
    count = start

    def increment(by=1):
        nonlocal count
        count += by
        return count

    return increment


def make_rng(seed):
    state = seed

    def below(n):
        nonlocal state
        state = (state * 1664525 + 1013904223) % 4294967296
        return (state >> 8) % n

    return below


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed


def memoize(function):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = function(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


def reduce(function, items, initial):
    result = initial
    for item in items:
        result = function(result, item)
    return result


@memoize
def partitions(n, largest):
    """Ways to write n as a sum of parts no bigger than `largest`."""
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def main():
    below = make_rng(99)
    ids = make_counter(1000)
    people = [
        {"id": ids(), "dept": DEPARTMENTS[below(len(DEPARTMENTS))], "age": 20 + below(45),
         "salary": 30000 + below(90000), "name": "".join(chr(97 + below(26)) for _ in range(5))}
        for _ in range(RECORDS)
    ]

    by_dept_then_salary = sorted(people, key=lambda p: (p["dept"], -p["salary"], p["id"]))
    print("first", [p["id"] for p in by_dept_then_salary[:5]])
    stable = sorted(sorted(people, key=lambda p: p["name"]), key=lambda p: p["age"] // 10)
    print("stable", [p["name"] for p in stable[:5]])
    people.sort(key=lambda p: p["salary"], reverse=True)
    print("top salaries", [p["salary"] for p in people[:5]])

    raises = [lambda s, k=k: s + s * k // 100 for k in (3, 5, 8)]
    with_raises = compose(*raises)
    total = reduce(lambda acc, p: acc + with_raises(p["salary"]), people, 0)
    print("total after raises", total)

    adders = [(lambda x, n=n: x + n) for n in range(10)]
    shifted = list(map(lambda p: reduce(lambda v, f: f(v), adders, p["age"]), people))
    print("shifted ages", sum(shifted), max(shifted), min(shifted))
    seniors = list(filter(lambda p: p["age"] > 60, people))
    print("seniors", len(seniors))

    counters = {dept: make_counter() for dept in DEPARTMENTS}
    for p in people:
        counters[p["dept"]]()
    print("departments", {dept: counter(0) for dept, counter in counters.items()})

    for round_ in range(RECORDS // 100):
        partitions.cache.clear()
        result = partitions(60 + round_ % 20, 60 + round_ % 20)
    print("partitions", result, len(partitions.cache))


main()
