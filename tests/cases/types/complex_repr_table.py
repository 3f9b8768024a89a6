# repr()/str() of complex numbers over a grid of real/imag parts including signed zeros, inf, nan, tiny and huge values
parts = [0.0, -0.0, 1.0, -1.5, 1e-20, 1e20, float('inf'), float('-inf'), float('nan')]
for re_ in parts:
    print(repr(re_), ' '.join(repr(complex(re_, im)) for im in parts))
print([str(complex(1, 2) ** n) for n in range(5)])
print([repr(1j ** n) for n in range(5)])
print(repr(complex('1e400j')), repr(complex('-nanj')), repr(-(0j)), repr(0j * -1))
