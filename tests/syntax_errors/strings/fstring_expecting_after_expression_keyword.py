x = f'{a def}'
