# An indentation error in the program reports IndentationError.
def f():
    x = 1
      y = 2
