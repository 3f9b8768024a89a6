# sorted(dir()) of the staticmethod type, one name per line
T = staticmethod
print(T.__name__)
for name in sorted(dir(T)):
    print('staticmethod', name)
