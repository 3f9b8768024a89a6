type X = [(y := 1) for z in w]
