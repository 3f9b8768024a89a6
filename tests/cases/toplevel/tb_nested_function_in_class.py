# A traceback through a nested function inside a method shows qualified frame names only by function name.
class Parser:
    def parse(self, text):
        def convert(token):
            return int(token)
        return [convert(t) for t in text.split()]
p = Parser()
print(p.parse("1 2 3"))
print(p.parse("4 five"))
