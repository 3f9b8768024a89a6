# sorted(dir()) of the async_generator type, one name per line
async def ag():
    yield
T = type(ag())
print(T.__name__)
for name in sorted(dir(T)):
    print('async_generator', name)
