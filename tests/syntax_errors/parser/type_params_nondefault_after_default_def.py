def f[T=int, *Ts](): pass
