from circ.a import A
B = 'b'
