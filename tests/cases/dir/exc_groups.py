# sorted(dir()) of each exception class in a family (BaseExceptionGroup, ExceptionGroup, ...), one name per line

for cls in (BaseExceptionGroup, ExceptionGroup,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
