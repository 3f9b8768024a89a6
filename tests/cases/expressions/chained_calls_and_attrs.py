# Chained attribute access, calls and subscriptions in one expression.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def child(self, i):
        return self.children[i]
    def add(self, value):
        self.children.append(Node(value))
        return self
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.child(0).child(0).value, tree.children[1].value, tree.child(0).children[0].value)
print(Node(0).add(1).add(2).add(3).children[-1].value)
print("a,b,,c".split(",")[2:][::-1], " text ".strip().upper().center(8, "*"))
print({"k": [1, {"deep": (5, 6)}]}["k"][1]["deep"][-1])
print([[1, 2], [3, 4]][1][0], (lambda: lambda: "inner")()(), [str.upper][0]("called"))
print(dict(a=dict(b=dict(c="deep")))["a"]["b"]["c"])
fns = {"double": lambda x: x * 2, "neg": lambda x: -x}
print(fns["double"](fns["neg"](5)))
print("{}-{}".format(*"ab").replace("-", "+").split("+"))
