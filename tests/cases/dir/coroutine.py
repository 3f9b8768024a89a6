# sorted(dir()) of the coroutine type, one name per line
async def co():
    pass
c = co()
c.close()
T = type(c)
print(T.__name__)
for name in sorted(dir(T)):
    print('coroutine', name)
