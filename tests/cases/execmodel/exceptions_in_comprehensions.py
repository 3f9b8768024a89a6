# Exceptions raised inside comprehensions and generator expressions propagate with their variables unbound outside.
def risky(v):
    if v == 2:
        raise ValueError(f"bad value {v}")
    return v
try:
    [risky(v) for v in range(4)]
except ValueError as e:
    print("list comp:", e)
try:
    {v: risky(v) for v in range(4)}
except ValueError as e:
    print("dict comp:", e)
try:
    sum(risky(v) for v in range(4))
except ValueError as e:
    print("genexpr:", e)
print("v" in globals())
def in_function():
    try:
        return [1 // (v - 1) for v in range(3)]
    except ZeroDivisionError as e:
        return f"caught {e}"
print(in_function())
