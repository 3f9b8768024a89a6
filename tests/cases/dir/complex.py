# sorted(dir()) of the complex type, one name per line
T = complex
print(T.__name__)
for name in sorted(dir(T)):
    print('complex', name)
