# match: class patterns with inheritance, __match_args__ inherited or overridden, and self-matching builtins.
class Animal:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
class Dog(Animal):
    __match_args__ = ("name", "breed")
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
class Cat(Animal):
    pass
def kind(a):
    match a:
        case Dog(n, "poodle"):
            return f"{n} is a poodle"
        case Dog(n, b):
            return f"{n} is a {b} dog"
        case Cat(n):
            return f"{n} is a cat"
        case Animal(n):
            return f"{n} is some animal"
    return "not an animal"
for a in [Dog("rex", "poodle"), Dog("max", "lab"), Cat("tom"), Animal("generic"), "string"]:
    print(kind(a))
match Dog("a", "b"):
    case Animal(name="a"):
        print("keyword pattern through parent class")
