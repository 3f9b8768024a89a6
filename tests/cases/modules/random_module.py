# random.py over _random: seeded sequences are bit-exact with CPython.
import random

for seed in [42, 0, -7, 2**100, "hello", b"bytes", bytearray(b"ba"), 3.0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(40))
random.seed(42)
print([random.randrange(100) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print([random.choice("abcdefghij") for _ in range(10)])
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(1000), 8), random.choices("abc", weights=[1, 2, 3], k=8))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(10), random.binomialvariate(10, 0.3))
r = random.Random(123)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], a)
r2 = random.Random()
r2.seed(123, version=1)
print(r2.random())
print(random.Random(5).randrange(0, 10**30, 7))
