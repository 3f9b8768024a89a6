# sorted(dir()) of the method type, one name per line
class C:
    def m(self):
        pass
T = type(C().m)
print(T.__name__)
for name in sorted(dir(T)):
    print('method', name)
