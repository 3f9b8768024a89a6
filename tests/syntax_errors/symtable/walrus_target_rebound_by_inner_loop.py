x = [(j := 0) for i in y for j in z]
