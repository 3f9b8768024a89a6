type X[T, **T] = int
