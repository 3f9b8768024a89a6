class C[T]([(y := 1) for z in w]): pass
