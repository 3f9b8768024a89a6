def f(x):
    for i in x:
        try:
            with open(i) as fh:
                if i: continue
                return fh
        finally:
            print(i)
            if x: break
    while x:
        try:
            return 1
        except E as e:
            return e
        except:
            continue
        finally:
            x -= 1
    try:
        pass
    finally:
        return x
async def g(x):
    async with x:
        return 1
    async for i in x:
        try:
            continue
        finally:
            return i
class C:
    if x:
        a: int
    try:
        b: str = 1
    except E:
        pass
def big():
    f(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31)
    f(a=1,b=2,c=3,d=4,e=5,f=6,g=7,h=8,i=9,j=10,k=11,l=12,m=13,n=14,o=15,p=16)
    x.m(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31)
    l = [a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,dd,ee,ff]
    t = (a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,dd,ee,ff)
    d = {a:1,b:2,c:3,d:4,e:5,f:6,g:7,h:8,i:9,j:10,k:11,l:12,m:13,n:14,o:15,p:16,q:17, **z, r: 18}
    s = {a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,dd,ee,ff}
    f(*a, *b, c, **d, e=1, **f)
    f(*a)
    f(a, *b)
    x.y.z(1, k=2)
    return x[1], x[a:b:c], x[::], x[1:], x[a:], x[:-1]
def gen[T, U](a=1, *, k=2) -> T: pass
def gen2[T](*, k=2): pass
def gen3[T](a=1): pass
@dec1
@dec2(3)
class D[T](Base[T], metaclass=M, **kw): pass
@d
def deco(): """doc"""
def multi(
    a,
    b): return (a
    .b
    .c())
lambda: (yield)
