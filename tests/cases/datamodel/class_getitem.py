# __class_getitem__ and generic aliases of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type[int])
alias = list[int]
print(type(alias).__name__, alias.__origin__, alias.__args__)
print(alias([1, 2]), alias is list[int], alias == list[int])
print(isinstance([], list), list[int][()] if False else "skip")
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "metaclass getitem " + str(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(WithMeta[1])
print(dict[str, list[int]])
print(int | str, (int | None).__args__)
