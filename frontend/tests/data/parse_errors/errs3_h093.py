type = 1; type X = 2; type X[T] = 3; type X[] = 4
