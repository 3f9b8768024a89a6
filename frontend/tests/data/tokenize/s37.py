x = [
    1, 2,
    3,
    ]  # closing
y = 2  