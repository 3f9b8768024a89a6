class A[T:]: pass
