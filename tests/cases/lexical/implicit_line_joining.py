# Implicit line joining inside brackets and explicit backslash joining.
total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",  # trailing comment
    "c",
]
print(items)
mapping = {
    "x": 1,

    "y": 2,
}
print(mapping)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
value = 1 + \
    2 + \
    3
print(value)
if (total > 1 and
        value > 1):
    print("joined condition")
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print(len([
]))
x = [i
     for i in range(3)
     if i]
print(x)
