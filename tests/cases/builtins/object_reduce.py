# object.__reduce__/__reduce_ex__: reduce_newobj from protocol 2 (__getnewargs__/__getnewargs_ex__, state, list/dict items), copyreg._reduce_ex below it, the refusals; copy.deepcopy of a plain instance
class A: pass
r = A().__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2:])
r = A().__reduce_ex__(1); print(r[0].__name__, [x.__name__ if isinstance(x, type) else x for x in r[1]])
print(A().__reduce__()[0].__name__)
print(object().__reduce_ex__(2)[1])
try: (1).__reduce_ex__(0)
except Exception as e: print(e)
print((1.5).__reduce_ex__(2)[1:3], [1].__reduce_ex__(2)[1:3])
class L(list): pass
l=L([1]); l.x=1; print(l.__reduce_ex__(2)[1:3], l.__reduce_ex__(0)[1:])
try: print((lambda:0).__reduce_ex__(2))
except Exception as e: print(type(e).__name__, e)
class S:
    __slots__=('a','b')
s=S(); s.a=1; print(s.__reduce_ex__(2)[1:])
try: s.__reduce_ex__(0)
except Exception as e: print(type(e).__name__, e)
class K:
    def __getnewargs_ex__(self): return ((1,), {'a': 2})
print(K().__reduce_ex__(2)[0].__name__, K().__reduce_ex__(2)[1][1:])
class B:
    def __getnewargs__(self): return 5
try: B().__reduce_ex__(2)
except Exception as e: print(type(e).__name__, e)
import copy
class P:
    def __init__(self): self.v = [1]
p = copy.deepcopy(P()); print(type(p).__name__, p.v)
