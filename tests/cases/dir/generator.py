# sorted(dir()) of the generator type, one name per line
def g():
    yield
T = type(g())
print(T.__name__)
for name in sorted(dir(T)):
    print('generator', name)
