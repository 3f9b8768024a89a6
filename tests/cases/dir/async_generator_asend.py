# sorted(dir()) of the async_generator_asend type, one name per line
async def ag():
    yield
a = ag().asend(None)
a.close()
T = type(a)
print(T.__name__)
for name in sorted(dir(T)):
    print('async_generator_asend', name)
