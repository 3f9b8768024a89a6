class = True = 3
