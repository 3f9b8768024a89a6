# match: mapping patterns, **rest, value patterns, key lookups.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra {rest}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "empty-ish mapping"
    return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl"}, {"type": "scroll", "dy": 3}, {"other": 1}, [("type", "click")], "type"]:
    print(handle(e))
class Color:
    RED = "red"
    GREEN = "green"
def color_name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case _:
            return "unknown color"
print(color_name("red"), color_name("green"), color_name("blue"))
class Tracking(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match Tracking(a=1, b=2):
    case {"a": 1, "b": 2}:
        print("matched tracking dict")
class Missing(dict):
    def __missing__(self, key):
        return "from missing"
match Missing(a=1):
    case {"zz": v}:
        print("matched via __missing__", v)
    case _:
        print("__missing__ is not used by mapping patterns")
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print("others", others)
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<case>", "exec")
except SyntaxError as e:
    print(e.msg)
