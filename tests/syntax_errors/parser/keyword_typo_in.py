for x im n:
    pass
