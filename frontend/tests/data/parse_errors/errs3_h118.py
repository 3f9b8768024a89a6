[a, b]: list = 1
