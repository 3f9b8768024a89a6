# sorted(dir()) of the method_descriptor type, one name per line
T = type(str.join)
print(T.__name__)
for name in sorted(dir(T)):
    print('method_descriptor', name)
