x = {(i := 0): 1 for i in y}
