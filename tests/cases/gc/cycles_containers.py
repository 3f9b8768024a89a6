# A reference cycle through each kind of container is freed by gc.collect():
# a weak reference to an object in the cycle dies, its callback runs.
import gc
import weakref
import types
import functools
import collections

gc.collect()
gc.disable()


class Obj:
    pass


class Slotted:
    __slots__ = ('other', '__weakref__')


def settle():
    # A later call at the depth where `make` ran: Ouro's eval loop keeps an
    # ended call's frame state in its frame slot until the slot is reused.
    pass


def check(name, make):
    dead = []
    target = make()
    ref = weakref.ref(target, lambda r: dead.append(name))
    del target
    alive_before = ref() is not None
    settle()
    gc.collect()
    print(f'{name:20} kept until collect: {alive_before}  freed: {ref() is None}  callback: {dead == [name]}')


def list_cycle():
    o = Obj()
    l = [o]
    l.append(l)
    o.l = l
    return o


def dict_cycle():
    o = Obj()
    d = {'o': o}
    d['d'] = d
    o.d = d
    return o


def instance_dict():
    o = Obj()
    o.me = o
    return o


def instance_pair():
    a, b = Obj(), Obj()
    a.b, b.a = b, a
    return a


def slots_cycle():
    s = Slotted()
    s.other = s
    return s


def tuple_in_list():
    o = Obj()
    l = []
    l.append((o, l))
    o.l = l
    return o


def set_cycle():
    o = Obj()
    o.s = {o}
    return o


def frozenset_cycle():
    o = Obj()
    o.s = frozenset([o])
    return o


def function_defaults():
    o = Obj()

    def f(x=o):
        return x

    o.f = f
    return o


def closure_cell():
    def outer():
        def inner():
            return inner
        return inner
    return outer()


def function_dict():
    def f():
        pass
    f.me = f
    return f


def bound_method():
    class C:
        def m(self):
            pass
    c = C()
    c.bound = c.m
    return c


def heap_class():
    class C:
        pass
    C.me = C
    return C


def class_via_instance():
    class C:
        pass
    c = C()
    C.instance = c
    return c


def module_cycle():
    m = types.ModuleType('m')
    m.me = m
    return m


def generator_locals():
    def gen():
        me = yield
        yield me
    g = gen()
    next(g)
    g.send(g)
    return g


def exception_traceback():
    o = Obj()
    try:
        raise ValueError('x')
    except ValueError as e:
        o.e = e
        e.o = o
    return o


def exception_context():
    o = Obj()
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError as e:
        e.__context__.o = o
        o.e = e
    return o


def exception_notes():
    o = Obj()
    e = ValueError('x')
    e.add_note('n')
    e.o = o
    o.e = e
    return o


def deque_cycle():
    o = Obj()
    d = collections.deque([o])
    d.append(d)
    o.d = d
    return o


def ordered_dict():
    o = Obj()
    d = collections.OrderedDict(o=o)
    d['d'] = d
    o.d = d
    return o


def default_dict():
    o = Obj()
    d = collections.defaultdict(list)
    d['o'] = o
    o.d = d
    return o


def partial_cycle():
    o = Obj()
    o.p = functools.partial(print, o)
    return o


def property_cycle():
    class C:
        pass
    o = Obj()
    p = property(lambda self: o)
    o.p = p
    C.p = p
    return o


def static_and_class_method():
    o = Obj()
    o.s = staticmethod(o)
    o.c = classmethod(o)
    return o


def weakref_callback():
    o = Obj()
    o.r = weakref.ref(o, lambda r: o)
    return o


def list_iterator():
    o = Obj()
    l = [o]
    o.it = iter(l)
    return o


def dict_view():
    o = Obj()
    d = {'o': o}
    o.keys = d.keys()
    return o


def enumerate_cycle():
    o = Obj()
    o.e = enumerate([o])
    return o


def map_zip_filter():
    o = Obj()
    o.m = map(None, [o])
    o.z = zip([o])
    o.f = filter(None, [o])
    return o


def lambda_globals():
    ns = {}
    exec('def f(): return f', ns)
    return ns['f']


for name, make in list(globals().items()):
    if callable(make) and name not in ('check', 'settle', 'Obj', 'Slotted') and not isinstance(make, type) and getattr(make, '__module__', None) == '__main__':
        check(name, make)

gc.enable()
