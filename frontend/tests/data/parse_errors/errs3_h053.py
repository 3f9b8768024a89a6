x = not not
