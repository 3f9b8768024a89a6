# sorted(dir()) of user classes with slots, with a metaclass, and of an instance whose class defines properties and class attributes
class Slotted:
    __slots__ = ('a', 'b')


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    x = 1


class Props:
    cls_attr = 1

    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass


for name in sorted(dir(Slotted)):
    print('Slotted', name)
for name in sorted(dir(WithMeta)):
    print('WithMeta', name)
for name in sorted(dir(Meta)):
    print('Meta', name)
obj = Props()
obj.inst = 2
for name in sorted(dir(obj)):
    print('Props-instance', name)
