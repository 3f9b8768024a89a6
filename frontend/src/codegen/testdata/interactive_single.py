for i in x:
    i
    "not a docstring"
