# sorted(dir()) of the traceback type, one name per line
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
T = type(tb)
print(T.__name__)
for name in sorted(dir(T)):
    print('traceback', name)
