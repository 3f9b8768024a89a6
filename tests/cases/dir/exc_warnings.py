# sorted(dir()) of each exception class in a family (Warning, BytesWarning, DeprecationWarning, ...), one name per line

for cls in (Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
