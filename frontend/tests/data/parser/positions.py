f(x for x in y)
f'a{b!r:>{w}} {{c}}' 'd'
'x' f'y{z=}'
t'a{b}'
@dec
def g(): pass
x = 1; y = 2 # c
u'abc' 'd'
b'\x00\xff'
-1
1e16; 1e-5; 1.5j; 0.1; 10**100; 0x10
with (a as b, c): pass
