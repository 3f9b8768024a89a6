# Nested function definitions: closures, factories, decorators with state, recursion.
def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.factor = n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.factor, double.__qualname__)
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def outer():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even(10), odd(7)
print(outer())
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(); inc()
print(get())
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4), deep("a")("b")("c")("d"))
def conditional_def(flag):
    if flag:
        def f(): return "first"
    else:
        def f(): return "second"
    return f()
print(conditional_def(True), conditional_def(False))
