# sorted(dir()) of the wrapper_descriptor type, one name per line
T = type(object.__init__)
print(T.__name__)
for name in sorted(dir(T)):
    print('wrapper_descriptor', name)
