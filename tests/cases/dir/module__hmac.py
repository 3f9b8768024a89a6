# sorted(dir()) of the _hmac module, one name per line
import _hmac

for name in sorted(dir(_hmac)):
    print(name)
