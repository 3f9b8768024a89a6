# sorted(dir()) of the anext_awaitable type, one name per line
async def ag():
    yield
a = anext(ag(), None)
a.close()
T = type(a)
print(T.__name__)
for name in sorted(dir(T)):
    print('anext_awaitable', name)
