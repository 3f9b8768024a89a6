# if/elif/else chains and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 50)])
for value in [0, 1, "", "x", [], [0], None, 0.0, {}, {0: 0}]:
    if value:
        print(repr(value), "truthy")
    else:
        print(repr(value), "falsy")
def trace(tag, result):
    print("test", tag)
    return result
if trace("a", False):
    print("a")
elif trace("b", True):
    print("b")
elif trace("c", True):
    print("c")
x = 3
if x > 1:
    if x > 2:
        print("nested both")
    else:
        print("nested outer only")
if x: print("one line if")
if not x:
    pass
elif x == 3: print("one line elif")
