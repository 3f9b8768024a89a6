if x:
    y

# c
