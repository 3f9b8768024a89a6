x = f'{a}\x4'
