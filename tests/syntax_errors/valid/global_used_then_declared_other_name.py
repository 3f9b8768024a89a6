def f():
    print(y)
    global x
    x = 1
