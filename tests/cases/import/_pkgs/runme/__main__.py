import sys
print('runme.__main__ running as', __name__, __package__, __spec__.name)
print('argv0 ends with', sys.argv[0].rsplit('/', 2)[-2:])
