from circ.b import B
A = 'a'
