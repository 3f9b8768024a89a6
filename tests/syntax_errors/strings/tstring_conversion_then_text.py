x = t'{a!r x}'
