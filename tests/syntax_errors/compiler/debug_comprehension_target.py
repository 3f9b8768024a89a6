x = [1 for __debug__ in y]
