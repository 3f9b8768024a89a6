# sorted(dir()) of the member_descriptor type, one name per line
class C:
    __slots__ = ('s',)
T = type(C.__dict__['s'])
print(T.__name__)
for name in sorted(dir(T)):
    print('member_descriptor', name)
