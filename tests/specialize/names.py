"""Which specialized instruction each site of a set of warmed-up functions becomes.

Every function registered with `@warm(args...)` is called WARM_CALLS times
with those arguments (a generator it returns is run to its end; enough for
CPython 3.14's warm-up of 2 and any later re-specialization), then each
instruction of each function is printed as `qualname offset opname` from `dis.get_instructions(f, adaptive=True)`.
tests/specialize_names.rs compares Ouro's output with names.expected,
recorded from the reference CPython 3.14 (cwd tests/specialize,
PYTHONHASHSEED=0).

Nothing here depends on word size or hash order: ints stay below 2**30
where they should be "compact" (one 30-bit digit on every platform) and
sets are only tested for membership, never iterated.
"""

import dis
import functools
import math
import types

WARM_CALLS = 100
FUNCTIONS = []


def warm(*args, **kwargs):
    """Registers a function and the arguments its warm-up calls pass."""

    def register(f):
        FUNCTIONS.append((f, args, kwargs))
        return f

    return register


# --- classes the functions use --------------------------------------------


class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def with_defaults(self, a, b=1, *rest):
        return a + b + len(rest)

    @property
    def area(self):
        return self.x * self.y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def unit():
        return 1


class Slotted:
    __slots__ = ("a", "b")
    kind = "slotted"

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def total(self):
        return self.a + self.b


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    tag = "meta"


class Intercepting:
    def __getattribute__(self, name):
        return name


class Seq:
    def __getitem__(self, i):
        return i


class Base:
    greeting = "hello"

    def hello(self):
        return "base"


class Derived(Base):
    def hello(self):
        return super().hello()

    def read(self):
        return super().greeting


class Error(Exception):
    def describe(self):
        return "error"


class Plain:
    pass


class Callable:
    def __call__(self, x):
        return x


class Many:
    def __init__(self):
        self.__dict__ = {"v": 1}


class Wide:
    """Instances grow more attributes than a class's shared keys hold."""

    def __init__(self):
        for i in range(40):
            setattr(self, f"a{i}", i)
        self.v = 1


hinted = Many()
wide = Wide()
many_attrs = Point(1, 2)
mod = types.ModuleType("mod")
mod.value = 3
point = Point(3, 4)
slotted = Slotted(1, 2)
partial_add = functools.partial(max, 0)


# --- LOAD_GLOBAL, LOAD_CONST, RESUME, TO_BOOL -------------------------------


@warm()
def global_module():
    return point


@warm()
def global_builtin():
    return len


@warm()
def constants():
    return (1, "two", None, 3.5, b"x", (), (1, 2), "a longer string with spaces", 10**3)


@warm(1)
def truth_int(x):
    return "yes" if x else "no"


@warm(True)
def truth_bool(x):
    if x:
        return 1
    return 0


@warm([1])
def truth_list(x):
    return not x


@warm(None)
def truth_none(x):
    return "yes" if x else "no"


@warm("s")
def truth_str(x):
    return "yes" if x else "no"


@warm(Plain())
def truth_always_true(x):
    return "yes" if x else "no"


@warm(3.5)
def truth_float(x):
    return "yes" if x else "no"


@warm({})
def truth_dict(x):
    return not x


# --- BINARY_OP ---------------------------------------------------------------


@warm(3, 4)
def add_int(a, b):
    return a + b


@warm(3, 4)
def sub_mul_int(a, b):
    return a - b, a * b


@warm(2**40, 1)
def add_big_int(a, b):
    return a + b


@warm(1.5, 2.5)
def float_ops(a, b):
    return a + b, a - b, a * b


@warm(1.5, 2.5)
def float_div(a, b):
    return a / b


@warm(3, 0.5)
def int_float_mix(a, b):
    return a * b, b * a, a + b, b - a, a / b


@warm(6, 3)
def int_bitwise(a, b):
    return a | b, a & b, a ^ b


@warm(6, 3)
def int_other_ops(a, b):
    return a // b, a % b, a << b, a >> b, a ** b, a / b


@warm("ab", "cd")
def concat(a, b):
    return a + b


@warm(["a", "b", "c"])
def inplace_concat(parts):
    s = ""
    for p in parts:
        s += p
    return s


@warm([1, 2, 3], 1)
def subscr_list(seq, i):
    return seq[i]


@warm([1, 2, 3])
def subscr_list_slice(seq):
    return seq[1:]


@warm((1, 2, 3), 1)
def subscr_tuple(t, i):
    return t[i]


@warm("abc", 2)
def subscr_str(s, i):
    return s[i]


@warm({"k": 1})
def subscr_dict(d):
    return d["k"]


@warm(Seq())
def subscr_getitem(s):
    return s[5]


@warm([1, 2, 3])
def subscr_negative(seq):
    return seq[-1]


@warm(b"abc")
def subscr_bytes(b):
    return b[0]


@warm(1, 2)
def mixed_int_str(a, b):
    return str(a) + str(b)


@warm(-7)
def unary(a):
    return -a, ~a, not a


# --- STORE_SUBSCR ------------------------------------------------------------


@warm([0, 0, 0])
def store_list(seq):
    seq[1] = 5


@warm({})
def store_dict(d):
    d["k"] = 1


@warm(bytearray(3))
def store_bytearray(b):
    b[0] = 1


# --- COMPARE_OP, CONTAINS_OP -------------------------------------------------


@warm(1, 2)
def compare_int(a, b):
    return a < b, a == b, a >= b


@warm(1.0, 2.0)
def compare_float(a, b):
    return a < b, a != b


@warm("a", "b")
def compare_str(a, b):
    return a == b, a != b


@warm("a", "b")
def compare_str_order(a, b):
    return a < b


@warm(2**40, 2**41)
def compare_big(a, b):
    return a < b


@warm(1, 2.0)
def compare_mixed(a, b):
    return a < b


@warm(3, {1, 2, 3})
def contains_set(x, s):
    return x in s


@warm(3, frozenset({1, 2}))
def contains_frozenset(x, s):
    return x not in s


@warm("k", {"k": 1})
def contains_dict(k, d):
    return k in d


@warm(3, [1, 2, 3])
def contains_list(x, seq):
    return x in seq


@warm(1, 2)
def branch_compare(a, b):
    if a < b:
        return "lt"
    return "ge"


# --- FOR_ITER, JUMP_BACKWARD, UNPACK_SEQUENCE --------------------------------


@warm([1, 2, 3])
def iter_list(seq):
    t = 0
    for x in seq:
        t += x
    return t


@warm((1, 2, 3))
def iter_tuple(seq):
    t = 0
    for x in seq:
        t += x
    return t


@warm(5)
def iter_range(n):
    t = 0
    for i in range(n):
        t += i
    return t


def numbers(n):
    for i in range(n):
        yield i


@warm(4)
def iter_generator(n):
    t = 0
    for x in numbers(n):
        t += x
    return t


@warm({"a": 1, "b": 2})
def iter_dict_items(d):
    out = []
    for k, v in d.items():
        out.append(k)
    return out


@warm("abc")
def iter_str(s):
    out = []
    for c in s:
        out.append(c)
    return out


@warm(5)
def while_loop(n):
    i = 0
    while i < n:
        i += 1
    return i


@warm(5)
def listcomp(n):
    return [i * 2 for i in range(n)]


@warm(5)
def genexpr_sum(n):
    return sum(i for i in range(n))


@warm((1, 2))
def unpack_two_tuple(t):
    a, b = t
    return a + b


@warm((1, 2, 3))
def unpack_tuple(t):
    a, b, c = t
    return a + b + c


@warm([1, 2])
def unpack_list(seq):
    a, b = seq
    return a + b


@warm("xy")
def unpack_str(s):
    a, b = s
    return a


@warm([1, 2, 3])
def unpack_star(seq):
    a, *rest = seq
    return rest


@warm(1, 2)
def swap(a, b):
    a, b = b, a
    return a, b


# --- LOAD_ATTR, STORE_ATTR ----------------------------------------------------


@warm(point)
def attr_instance_value(p):
    return p.x


@warm()
def attr_module():
    return math.pi


@warm()
def attr_module_global():
    return mod.value


@warm(hinted)
def attr_with_hint(o):
    return o.v


@warm(wide)
def attr_with_hint_wide(o):
    return o.v


@warm(slotted)
def attr_slot(s):
    return s.a


@warm()
def attr_class():
    return Point.scale


@warm()
def attr_class_metaclass():
    return WithMeta.tag


@warm(point)
def attr_property(p):
    return p.area


@warm(Intercepting())
def attr_getattribute(o):
    return o.anything


@warm(point)
def attr_method_values(p):
    return p.norm1()


@warm(slotted)
def attr_method_no_dict(s):
    return s.total()


@warm(Error())
def attr_method_lazy_dict(e):
    return e.describe()


@warm(point)
def attr_nondescriptor_values(p):
    return p.scale


@warm(slotted)
def attr_nondescriptor_no_dict(s):
    return s.kind


@warm()
def attr_classmethod():
    return Point.origin()


@warm(point)
def attr_staticmethod(p):
    return p.unit()


@warm()
def attr_class_method_function():
    return Point.norm1(point)


@warm([])
def attr_builtin_method(seq):
    return seq.copy()


@warm(3)
def attr_int_attribute(n):
    return n.real


@warm(1 + 2j)
def attr_complex(c):
    return c.imag


@warm()
def attr_type_name():
    return Point.__name__


@warm(point, 5)
def store_instance_value(p, v):
    p.x = v


@warm(wide, 5)
def store_with_hint_wide(o, v):
    o.v = v


@warm(Slotted(1, 2), 5)
def store_slot(s, v):
    s.a = v


@warm(hinted, 5)
def store_with_hint(o, v):
    o.v = v


@warm(5)
def store_new_instance(v):
    p = Point(v, v)
    p.y = v
    return p


# --- CALL, CALL_KW -----------------------------------------------------------


def add3(a, b, c):
    return a + b + c


def with_default(a, b=2):
    return a + b


def kw_only(a, *, k=1):
    return a + k


@warm()
def call_py_exact():
    return add3(1, 2, 3)


@warm()
def call_py_general():
    return with_default(1)


@warm(point)
def call_bound_exact(p):
    m = p.norm1
    return m()


@warm(point)
def call_bound_general(p):
    m = p.with_defaults
    return m(1)


@warm(5)
def call_type_1(x):
    return type(x)


@warm(5)
def call_str_1(x):
    return str(x)


@warm([1, 2])
def call_tuple_1(x):
    return tuple(x)


@warm("ab")
def call_builtin_class(x):
    return list(x)


@warm("12")
def call_builtin_class_int(x):
    return int(x)


@warm(b"ab")
def call_builtin_class_two(x):
    return str(x, "ascii")


@warm(-3)
def call_builtin_o(x):
    return abs(x)


@warm(5)
def call_builtin_o_repr(x):
    return repr(x)


@warm(7, 2)
def call_builtin_fast(a, b):
    return divmod(a, b)


@warm([1, 2])
def call_builtin_fast_iter(seq):
    return next(iter(seq))


@warm(1, 2)
def call_builtin_fast_kw(a, b):
    return max(a, b)


@warm([3, 1, 2])
def call_builtin_sorted_kw(seq):
    return sorted(seq, reverse=True)


@warm(point)
def call_builtin_getattr(p):
    return getattr(p, "x")


@warm("abc")
def call_len(s):
    return len(s)


@warm(5)
def call_isinstance(x):
    return isinstance(x, int)


@warm(5)
def call_isinstance_tuple(x):
    return isinstance(x, (str, int))


@warm([])
def call_list_append(seq):
    seq.append(1)
    if len(seq) > 50:
        seq.clear()


@warm(set())
def call_method_o(s):
    s.add(1)


@warm("a-b")
def call_method_descriptor_kw(s):
    return s.split("-")


@warm("abc")
def call_method_noargs(s):
    return s.upper()


@warm({"a": 1})
def call_method_fast(d):
    return d.get("a", 0)


@warm([1, 2, 3])
def call_method_fast_index(seq):
    return seq.index(2)


@warm("x")
def call_method_join(sep):
    return sep.join(["a", "b"])


@warm()
def call_alloc_init():
    return Point(1, 2)


@warm()
def call_class_no_init():
    return Plain()


@warm()
def call_class_with_meta():
    return WithMeta()


@warm(Callable())
def call_callable_instance(c):
    return c(1)


@warm()
def call_partial():
    return partial_add(5)


@warm()
def call_kw_py():
    return with_default(1, b=3)


@warm()
def call_kw_py_kwonly():
    return kw_only(1, k=2)


@warm(point)
def call_kw_bound(p):
    return p.moved(1, dy=2)


@warm(point.moved)
def call_kw_bound_method(m):
    return m(1, dy=2)


@warm([3, 1])
def call_kw_non_py(seq):
    return sorted(seq, key=None)


@warm("abc")
def call_kw_method_descriptor(s):
    return s.encode(encoding="ascii")


@warm()
def call_star_args():
    args = (1, 2, 3)
    return add3(*args)


@warm()
def call_star_kwargs():
    kwargs = {"b": 5}
    return with_default(1, **kwargs)


@warm(point)
def call_classmethod_via_instance(p):
    return p.origin()


@warm(3)
def call_lambda(x):
    f = lambda y: y + 1
    return f(x)


@warm(3)
def call_closure(x):
    def inner():
        return x

    return inner()


@warm(Derived())
def super_method(d):
    return d.hello()


@warm(Derived())
def super_attr(d):
    return d.read()


@warm()
def call_builtin_chr():
    return chr(65)


@warm([1, 2, 3])
def call_builtin_sum(seq):
    return sum(seq)


@warm()
def call_builtin_min_kw():
    return min([3, 1], default=0)


@warm({"a": 1})
def call_method_setdefault(d):
    return d.setdefault("b", 2)


@warm([1, 2])
def call_method_pop(seq):
    seq.append(3)
    return seq.pop()


@warm([2, 1])
def call_method_sort_kw(seq):
    seq.sort(reverse=True)


# --- SEND, generators, with, try ---------------------------------------------


def inner_gen():
    yield 1
    yield 2


@warm()
def send_gen():
    def outer():
        yield from inner_gen()

    return list(outer())


@warm()
def delegating_generator():
    yield from inner_gen()
    yield from [3, 4]


@warm(3)
def generator_function(n):
    for i in range(n):
        yield i * 2


warm(Derived())(Derived.hello)
warm(Derived())(Derived.read)


@warm()
def generator_body():
    def g():
        for i in range(3):
            yield i

    return list(g())


@warm()
def await_coroutine():
    async def leaf():
        return 1

    async def root():
        return await leaf()

    coro = root()
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value


@warm(0)
def try_except(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@warm()
def with_statement():
    with Manager() as m:
        return m is not None


@warm("x", 3)
def fstring(s, n):
    return f"{s}-{n:03d}-{s!r}"


@warm(5)
def build_containers(n):
    return [n, n], (n, n), {n: n}, {n}


@warm([[1, 2], [3, 4]])
def nested_loops(rows):
    t = 0
    for row in rows:
        for x in row:
            t += x
    return t


@warm(10)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@warm(10)
def fib_rec(n):
    return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)


@warm([5, 3, 8, 1])
def bubble(items):
    items = list(items)
    n = len(items)
    for i in range(n):
        for j in range(n - i - 1):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items


@warm("hello world")
def count_chars(text):
    counts = {}
    for c in text:
        counts[c] = counts.get(c, 0) + 1
    return counts


@warm([Point(1, 2), Point(3, 4)])
def sum_points(points):
    sx = 0
    sy = 0
    for p in points:
        sx += p.x
        sy += p.y
    return Point(sx, sy)


@warm(1.5)
def float_poly(x):
    return 3.0 * x * x + 2.0 * x + 1.0


@warm(2)
def is_none_checks(x):
    return x is None, x is not None


@warm([1, 2, 3])
def deletes(seq):
    seq = list(seq)
    del seq[0]
    return seq


@warm(3)
def global_and_builtin_mix(n):
    return [Point.unit() for _ in range(n)], len(FUNCTIONS) > 0


# --- calling conventions of common builtins and methods ----------------------


@warm(16.0)
def module_function_o(x):
    return math.sqrt(x)


@warm(2.5)
def module_function_floor(x):
    return math.floor(x)


@warm(3, 4)
def module_function_fast(a, b):
    return math.gcd(a, b)


@warm(point)
def builtin_hasattr(p):
    return hasattr(p, "x")


@warm(point)
def builtin_getattr_default(p):
    return getattr(p, "missing", None)


@warm([1, 2])
def builtin_next_default(seq):
    return next(iter(seq), None)


@warm(5)
def builtin_classes(n):
    return range(n), object(), float(n), bool(n), set(), frozenset(), bytes(n), enumerate("ab")


@warm(5)
def builtin_misc(n):
    return hash(n), id(n) > 0, chr(n + 65), ord("a"), bin(n), round(2.5), pow(n, 2), callable(n)


@warm([3, 1, 2])
def builtin_iterables(seq):
    return min(seq), any(seq), all(seq), list(reversed(seq)), list(zip(seq, seq)), list(map(abs, seq))


@warm()
def builtin_class_kw():
    return dict(a=1), int("10", base=2)


@warm(5)
def int_methods(n):
    return n.bit_length(), n.to_bytes(2, "big"), n.conjugate()


@warm("Hello, World")
def str_methods(s):
    return (
        s.startswith("He"),
        s.find("o"),
        s.replace("l", "L"),
        s.strip(),
        s.lower(),
        s.partition(","),
        s.count("l"),
        s.format(),
        s.encode(),
        s.isdigit(),
    )


@warm({"a": 1, "b": 2})
def dict_methods(d):
    return list(d.keys()), list(d.values()), list(d.items()), d.copy(), d.pop("zz", None)


@warm([3, 1, 2])
def list_methods(seq):
    c = seq.copy()
    c.insert(0, 9)
    c.extend([7])
    c.remove(9)
    c.reverse()
    return c.count(1), c


@warm({1, 2})
def set_methods(s):
    c = s.copy()
    c.discard(1)
    return c.union({5}), c.issubset(s), len(c)


@warm(b"a,b")
def bytes_methods(b):
    return b.split(b","), b.decode(), b.upper(), b.hex()


@warm((1, 2, 2))
def tuple_methods(t):
    return t.count(2), t.index(1)


@warm([])
def bound_builtin_method(seq):
    add = seq.append
    add(1)
    seq.clear()


@warm(Derived())
def super_two_args(d):
    return super(Derived, d).hello()


@warm()
def call_kw_class():
    return Point(x=1, y=2)


@warm()
def call_kw_builtin_class():
    return sorted([2, 1], key=abs)


@warm(Slotted(1, 2))
def slotted_property_read(s):
    return s.a + s.b, s.kind


@warm(Plain)
def store_attr_on_class(cls):
    cls.value = 1


@warm(point)
def attr_dunder_class(p):
    return p.__class__


@warm(point)
def attr_missing_default(p):
    try:
        return p.missing
    except AttributeError:
        return None


@warm([1, 2, 3])
def iter_enumerate_zip(seq):
    t = 0
    for i, x in enumerate(seq):
        t += i * x
    for a, b in zip(seq, seq):
        t += a - b
    return t


@warm({"a": 1})
def iter_dict(d):
    keys = []
    for k in d:
        keys.append(k)
    return keys


@warm([[1, 2, 3], [4, 5, 6]])
def unpack_three_list(rows):
    t = 0
    for a, b, c in rows:
        t += a + b + c
    return t


@warm(3, 4)
def binop_misc(a, b):
    return a ** 2, a // b, a % b, -a // b, a << 2, a >> 1, a * 1.0, "ab" * a, [0] * b, (a,) + (b,)


@warm(1.5, 2)
def binop_float_misc(x, n):
    return x // 1.0, x % 1.0, x ** 2, x / n, n / x, x - n, n - x


@warm(-3, 5)
def bitwise_negative(a, b):
    return a | b, a & b, a ^ b


@warm("abc", "b")
def str_contains(s, c):
    return c in s


@warm((1, 2), 1)
def tuple_contains(t, x):
    return x in t


@warm(2**40)
def tobool_big_int(n):
    return not n


@warm("é")
def str_subscr_non_ascii(s):
    return s[0]


@warm((1, 2, 3))
def tuple_negative_index(t):
    return t[-1]


@warm({"a": 1}, "a")
def dict_subscr_var(d, k):
    return d[k]


@warm(["a", "b"])
def list_of_str_compare(seq):
    return seq[0] < seq[1], seq[0] == seq[1]


def main():
    for f, args, kwargs in FUNCTIONS:
        for _ in range(WARM_CALLS):
            result = f(*args, **kwargs)
            if isinstance(result, types.GeneratorType):
                list(result)
    for f, _, _ in FUNCTIONS:
        for ins in dis.get_instructions(f, adaptive=True):
            print(f.__qualname__, ins.offset, ins.opname)


main()
