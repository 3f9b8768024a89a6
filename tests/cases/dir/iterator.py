# sorted(dir()) of the iterator type, one name per line
class S:
    def __getitem__(self, i):
        raise IndexError
T = type(iter(S()))
print(T.__name__)
for name in sorted(dir(T)):
    print('iterator', name)
