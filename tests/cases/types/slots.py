# __slots__: attribute restriction, no __dict__ unless listed, inheritance with and without slots, member descriptors, conflicts and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    __slots__ = ('x', 'y')
p = P()
p.x = 1
t(lambda: p.x)
t(lambda: p.y)
t(lambda: setattr(p, 'z', 3))
t(lambda: hasattr(p, '__dict__'))
t(lambda: P.__slots__)
t(lambda: type(P.x).__name__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.other = 2
t(lambda: (w.a, w.__dict__))
class Child(P):
    pass
c = Child()
c.free = 'ok'
t(lambda: c.__dict__)
class SlotChild(P):
    __slots__ = ('z',)
sc = SlotChild()
sc.x, sc.z = 1, 3
t(lambda: (sc.x, sc.z))
t(lambda: setattr(sc, 'q', 1))
t(lambda: SlotChild.__slots__)
def conflict():
    class Bad:
        __slots__ = ('v',)
        v = 1
t(conflict)
def bad_slot_name():
    class Bad2:
        __slots__ = ('not valid',)
t(bad_slot_name)
def dict_twice():
    class Bad3:
        __slots__ = ('__dict__', '__dict__')
t(dict_twice)
class StrSlot:
    __slots__ = 'single'
s = StrSlot()
s.single = 'yes'
t(lambda: (s.single, StrSlot.__slots__))
class DictSlots:
    __slots__ = {'doc_attr': 'the docs'}
t(lambda: DictSlots.doc_attr.__doc__)
class Empty:
    __slots__ = ()
t(lambda: setattr(Empty(), 'a', 1))
def multi_layout():
    class L1:
        __slots__ = ('a',)
    class L2:
        __slots__ = ('b',)
    class L3(L1, L2):
        pass
t(multi_layout)
t(lambda: '__weakref__' in dir(P))
class Weak:
    __slots__ = ('__weakref__',)
t(lambda: '__weakref__' in dir(Weak))
del p.x
t(lambda: p.x)
t(lambda: delattr(p, 'x'))
class Priv:
    __slots__ = ('__secret',)
    def set(self):
        self.__secret = 's'
        return self.__secret
t(lambda: Priv().set())
t(lambda: Priv.__slots__)
t(lambda: sorted(k for k in Priv.__dict__ if 'secret' in k))
