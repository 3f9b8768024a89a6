x = 1 if y else 2
z = 0if 1else 2
