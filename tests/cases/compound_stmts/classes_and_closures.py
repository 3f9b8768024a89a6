# Methods closing over function locals, classes referencing enclosing function variables, and class-level closures.
def make_class(prefix):
    counter = [0]
    class Tagged:
        def tag(self, s):
            counter[0] += 1
            return f"{prefix}{counter[0]}:{s}"
        label = prefix * 2
    return Tagged
T = make_class("#")
t = T()
print(t.tag("a"), t.tag("b"), T.label)
def outer():
    value = "enclosing"
    class Inner:
        attr = value
        def method(self):
            return value
    value = "changed"
    return Inner.attr, Inner().method()
print(outer())
def class_in_loop():
    classes = []
    for i in range(3):
        class K:
            n = i
            def get(self):
                return i
        classes.append(K)
    return [(k.n, k().get()) for k in classes]
print(class_in_loop())
