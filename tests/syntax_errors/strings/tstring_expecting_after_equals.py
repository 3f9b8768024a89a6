x = t'{a=x}'
