f'{a}' b'x'
