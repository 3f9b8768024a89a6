x = [a for a, b]
