def f():
    x = "é"
