x = f'abc}'
