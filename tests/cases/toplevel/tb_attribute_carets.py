# Carets for a failing attribute access in a chain, with the "Did you mean" suggestion
class Node:
    def __init__(self, child=None):
        self.child = child
        self.value = 3
def total(node):
    return node.child.value + node.child.child.valeu
total(Node(Node(Node())))
