# sorted(dir()) of the _asyncio module, one name per line
import _asyncio

for name in sorted(dir(_asyncio)):
    print(name)
