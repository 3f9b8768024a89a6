for a, b
