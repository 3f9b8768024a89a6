# Exceptions inside generators: propagation to the consumer, generator is finished afterwards, tracebacks.
def faulty():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "generator finished"))
def handles():
    for i in range(3):
        try:
            yield 10 / (1 - i)
        except ZeroDivisionError:
            yield "handled"
print(list(handles()) if False else "skip")
def divide():
    for d in [2, 0, 5]:
        try:
            yield 10 / d
        except ZeroDivisionError as e:
            yield f"error: {e}"
print(list(divide()))
def stop_iteration_inside():
    yield 1
    next(iter([]))
try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
def return_inside_try():
    try:
        yield 1
        return "ret"
    finally:
        print("finally before StopIteration")
r = return_inside_try()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
