x = [[(j := 0) for k in z] for j in y]
