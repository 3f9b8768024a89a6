global x
x: int = 1
