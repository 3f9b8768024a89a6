a = not
