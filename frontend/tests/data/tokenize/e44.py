x = 1if x else 2
