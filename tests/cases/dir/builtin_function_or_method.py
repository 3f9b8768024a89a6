# sorted(dir()) of the builtin_function_or_method type, one name per line
T = type(len)
print(T.__name__)
for name in sorted(dir(T)):
    print('builtin_function_or_method', name)
