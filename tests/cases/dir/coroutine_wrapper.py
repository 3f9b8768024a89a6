# sorted(dir()) of the coroutine_wrapper type, one name per line
async def co():
    pass
c = co()
w = c.__await__()
c.close()
T = type(w)
print(T.__name__)
for name in sorted(dir(T)):
    print('coroutine_wrapper', name)
