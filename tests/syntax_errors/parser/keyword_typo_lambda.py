lamda x: x ** 2
