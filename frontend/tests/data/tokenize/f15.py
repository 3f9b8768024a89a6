x = f'{"a'
