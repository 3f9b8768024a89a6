x = f'{a!:x}'
