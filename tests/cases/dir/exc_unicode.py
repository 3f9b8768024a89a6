# sorted(dir()) of each exception class in a family (ValueError, UnicodeError, UnicodeDecodeError, ...), one name per line

for cls in (ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
