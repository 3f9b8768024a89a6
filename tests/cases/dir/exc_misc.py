# sorted(dir()) of each exception class in a family (AssertionError, BufferError, EOFError, ...), one name per line

for cls in (AssertionError, BufferError, EOFError, MemoryError, ReferenceError, SystemError, TypeError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
