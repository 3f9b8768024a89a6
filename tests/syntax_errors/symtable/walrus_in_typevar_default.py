class C[T = (y := int)]: pass
