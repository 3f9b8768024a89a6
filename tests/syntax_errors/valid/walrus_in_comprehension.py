x = [y := 1 for z in w] if False else [(y := z) for z in w]
