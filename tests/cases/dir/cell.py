# sorted(dir()) of the cell type, one name per line
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
T = type(f.__closure__[0])
print(T.__name__)
for name in sorted(dir(T)):
    print('cell', name)
