x = f'{a='
