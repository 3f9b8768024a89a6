x = f'{a=!z}'
