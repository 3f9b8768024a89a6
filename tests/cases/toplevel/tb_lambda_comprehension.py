# Traceback frames for lambdas and comprehensions.
invert = lambda x: 1 / x
print([invert(v) for v in [1, 2]])
print([invert(v) for v in [4, 0]])
