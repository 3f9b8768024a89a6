x = a is is b
