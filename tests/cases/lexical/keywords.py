# Keywords and soft keywords: which names are reserved.
import sys
soft = ["match", "case", "type", "_"]
for name in soft:
    ns = {}
    exec(f"{name} = 1", ns)
    print(name, ns[name])
match = [1, 2]
case = "c"
type_ = type
print(match, case, type_(1).__name__)
for text in ["True = 1", "None = 0", "def = 1", "class = 2", "async = 3", "await = 4", "lambda = 5"]:
    try:
        exec(text)
    except SyntaxError as e:
        print(repr(text), e.msg)
print(True is True, None is None, __debug__)
def type(x):
    return "shadowed"
print(type(1))
del type
print(type(1).__name__)
