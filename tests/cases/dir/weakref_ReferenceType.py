# sorted(dir()) of weakref.ReferenceType and its proxies, one name per line
import _weakref

for T in (_weakref.ref, _weakref.ProxyType, _weakref.CallableProxyType):
    print(T.__name__)
    for name in sorted(dir(T)):
        print(T.__name__, name)
