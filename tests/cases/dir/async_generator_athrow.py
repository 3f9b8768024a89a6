# sorted(dir()) of the async_generator_athrow type, one name per line
async def ag():
    yield
a = ag().aclose()
a.close()
T = type(a)
print(T.__name__)
for name in sorted(dir(T)):
    print('async_generator_athrow', name)
