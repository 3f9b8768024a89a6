t'{a}' f'x'
