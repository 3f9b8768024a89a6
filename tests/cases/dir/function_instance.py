# sorted(dir()) of a function instance carrying its own attributes, and of a bound method and a builtin bound method
def f(a, b=1):
    "doc"
    return a


f.custom = 'attr'
for name in sorted(dir(f)):
    print('function-instance', name)


class C:
    def m(self):
        pass


for name in sorted(dir(C().m)):
    print('bound-method', name)
for name in sorted(dir([].append)):
    print('builtin-bound-method', name)
