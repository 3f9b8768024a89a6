if x:
    pass
else:
    pass
x = [
