x = 1.0e5z
