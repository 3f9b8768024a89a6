f'{a!r x}'
