x = 1.e5j
