class C:
    [y := 1 for _ in ()]
