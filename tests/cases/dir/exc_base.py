# sorted(dir()) of each exception class in a family (BaseException, Exception, GeneratorExit, ...), one name per line

for cls in (BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
