# sorted(dir()) of each exception class in a family (RuntimeError, NotImplementedError, RecursionError, ...), one name per line

for cls in (RuntimeError, NotImplementedError, RecursionError, PythonFinalizationError, StopIteration, StopAsyncIteration,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
