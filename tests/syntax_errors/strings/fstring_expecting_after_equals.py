x = f'{a=x}'
