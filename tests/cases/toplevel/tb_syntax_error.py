# A syntax error in the program: nothing runs and the error is reported with a caret.
print("this line never runs")
def broken(:
    pass
