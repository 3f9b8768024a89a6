# sorted(dir()) of each exception class in a family (ImportError, ModuleNotFoundError, NameError, ...), one name per line

for cls in (ImportError, ModuleNotFoundError, NameError, UnboundLocalError, AttributeError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
