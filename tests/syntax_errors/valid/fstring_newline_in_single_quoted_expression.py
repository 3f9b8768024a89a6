x = f'{a +
b}'
