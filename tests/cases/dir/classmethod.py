# sorted(dir()) of the classmethod type, one name per line
T = classmethod
print(T.__name__)
for name in sorted(dir(T)):
    print('classmethod', name)
