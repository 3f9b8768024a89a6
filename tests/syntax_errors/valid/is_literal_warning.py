x = a is 1
