def f[T](: pass
