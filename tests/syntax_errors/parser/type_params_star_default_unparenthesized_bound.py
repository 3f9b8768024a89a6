def f[T: int = *X](): pass
