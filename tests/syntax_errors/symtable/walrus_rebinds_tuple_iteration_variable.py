x = [(b := 0) for a, b in y]
