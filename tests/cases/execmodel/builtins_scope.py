# Builtins can be shadowed at module and function level and restored by deletion.
print(list(range(3)))
def range(n):
    return "my range"
print(range(3))
del range
print(list(range(3)))
def shadow_in_function():
    sum = 10
    return sum
print(shadow_in_function(), sum([1, 2]))
True_ = True
print(True_)
class list_like(list):
    pass
print(list_like([1]), isinstance(list_like(), list))
def uses_str():
    return str(5)
str = lambda x: "custom str"
print(uses_str())
del str
print(uses_str())
print(__builtins__ is not None, callable(print), abs(-3))
