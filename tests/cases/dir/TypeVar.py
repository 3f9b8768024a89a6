# sorted(dir()) of the TypeVar type, one name per line
def f[T]():
    pass
T = type(f.__type_params__[0])
print(T.__name__)
for name in sorted(dir(T)):
    print('TypeVar', name)
