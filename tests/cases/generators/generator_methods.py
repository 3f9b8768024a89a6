# Generators as methods and __iter__ implementations.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        yield from (n for n in self if n % 2 == 0)
c = Countdown(5)
print(list(c), list(c), list(c.evens()), 3 in c, sum(c))
it = iter(c)
print(type(it).__name__, next(it), next(it))
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), max(t), sorted(t, reverse=True))
class Paged:
    def __init__(self, pages):
        self.pages = pages
    def items(self):
        for page in self.pages:
            print("loading page", page)
            yield from page
for item in Paged([[1, 2], [3]]).items():
    print("item", item)
