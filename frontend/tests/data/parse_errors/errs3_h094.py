type X[T](int) = 1
