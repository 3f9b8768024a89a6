print(1, 2
y = 3
