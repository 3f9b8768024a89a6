type A[T,] = int
