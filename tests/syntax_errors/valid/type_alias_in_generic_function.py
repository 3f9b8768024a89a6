def f[T](): type A[U] = dict[T, U]
