class C:
    print(x)
    global x
