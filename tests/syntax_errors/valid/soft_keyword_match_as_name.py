match = 1
match.x = 2
match(1)
match[0] = 3
