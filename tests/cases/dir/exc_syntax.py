# sorted(dir()) of each exception class in a family (SyntaxError, IndentationError, TabError, ...), one name per line

for cls in (SyntaxError, IndentationError, TabError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
