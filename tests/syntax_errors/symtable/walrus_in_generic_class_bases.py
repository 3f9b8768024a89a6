class C[T]((y := object)): pass
