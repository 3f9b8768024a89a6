# _operator: every function, attrgetter/itemgetter/methodcaller, _compare_digest, call, is_none
import _operator as op


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.index(5), op.inv(5), op.invert(5))
print(op.lshift(1, 3), op.mod(7, 3), op.mul(3, 4), op.neg(2), op.or_(4, 1), op.pos(-1), op.pow(2, 10))
print(op.rshift(16, 2), op.sub(5, 3), op.truediv(7, 2), op.xor(5, 1), op.concat([1], [2]), op.concat('a', 'b'))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem('abc', 1), op.getitem([1, 2, 3], slice(1, None)))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
show(lambda: op.concat(1, 2))
show(lambda: op.concat([1], 'a'))
show(lambda: op.indexOf([1], 2))
show(lambda: op.index(1.5))
show(lambda: op.length_hint(1, 'x'))
show(lambda: op.add(1))
show(lambda: op.matmul(1, 2))
class M:
    def __matmul__(self, o): return 'mm'
    def __imatmul__(self, o): return 'imm'
    def __length_hint__(self): return -1
print(op.matmul(M(), 1), op.imatmul(M(), 1))
show(lambda: op.length_hint(M()))
a = [1]; print(op.iadd(a, [2]), a, op.iconcat(a, [3]), a, op.imul([1], 2), op.isub(5, 2), op.iand(6, 3), op.ior(1, 2))
print(op.ixor(3, 1), op.ilshift(1, 2), op.irshift(8, 1), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4), op.ipow(2, 3))
show(lambda: op.iconcat(1, [1]))
print(op.call(max, 1, 2, key=lambda x: -x))
show(lambda: op.call())
print(op._compare_digest(b'abc', b'abc'), op._compare_digest('abc', 'abd'), op._compare_digest(b'a', bytearray(b'a')), op._compare_digest(b'', b'x'))
show(lambda: op._compare_digest('a', b'a'))
show(lambda: op._compare_digest('é', 'é'))
show(lambda: op._compare_digest(1, 2))

g = op.attrgetter('real')
print(g(3), repr(g), g.__reduce__())
class O: pass
o = O(); o.a = O(); o.a.b = 5; o.c = 'c'
g2 = op.attrgetter('a.b', 'c')
print(g2(o), repr(g2), g2.__reduce__(), repr(op.attrgetter('a.b')))
show(lambda: op.attrgetter())
show(lambda: op.attrgetter(1))
show(lambda: op.attrgetter('x')(o))
show(lambda: op.attrgetter('a.x')(o))
show(lambda: op.attrgetter('a', x=1))
show(lambda: g())
i = op.itemgetter(1)
print(i('abc'), repr(i), i.__reduce__(), op.itemgetter(0, -1)('xyz'), repr(op.itemgetter(0, 'k')), op.itemgetter(slice(1))([5, 6]))
show(lambda: op.itemgetter())
show(lambda: i([]))
show(lambda: i(1, 2))
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m), m.__reduce__()[0].__name__ if hasattr(m.__reduce__()[0], '__name__') else m.__reduce__()[0], repr(op.methodcaller('upper')), op.methodcaller('upper').__reduce__())
print(m.__reduce__())
show(lambda: op.methodcaller())
show(lambda: op.methodcaller(1))
show(lambda: op.methodcaller('nope')(1))
for T in (op.attrgetter, op.itemgetter, op.methodcaller):
    print(T.__name__, T.__module__, T.__text_signature__, T.__doc__.splitlines()[0])
print(op.lt.__text_signature__, op.lt.__doc__, op.length_hint.__doc__)
print(op.call.__text_signature__, op.is_none.__doc__, op.index.__doc__, op._compare_digest.__doc__.splitlines()[0])
show(lambda: op.itemgetter(1).__call__())
print(op.attrgetter('a') == op.attrgetter('a'), type(hash(op.itemgetter(1))).__name__)
