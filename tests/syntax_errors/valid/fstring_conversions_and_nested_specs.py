print(f'{x!r:}', f'{x=!s}', f'{x:{y}.{z}f}')
