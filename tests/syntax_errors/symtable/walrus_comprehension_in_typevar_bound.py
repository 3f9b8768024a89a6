def f[T: [(y := 1) for z in w]](): pass
