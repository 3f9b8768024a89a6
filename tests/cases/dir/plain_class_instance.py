# sorted(dir()) of a plain user class and of its instance, one name per line
class C:
    pass
for name in sorted(dir(C)):
    print('C', name)
c = C()
c.attr = 1
for name in sorted(dir(c)):
    print('instance', name)
