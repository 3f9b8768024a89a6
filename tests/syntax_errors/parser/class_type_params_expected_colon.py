class C[T]
    pass
