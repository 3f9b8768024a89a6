# sorted(dir()) of each exception class in a family (ArithmeticError, FloatingPointError, OverflowError, ...), one name per line

for cls in (ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, LookupError, IndexError, KeyError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
