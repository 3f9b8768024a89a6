# sorted(dir()) of _decimal and of its Decimal and Context types, one name per line
import _decimal

for name in sorted(dir(_decimal)):
    print(name)
print("--- Decimal")
for name in sorted(dir(_decimal.Decimal)):
    print(name)
print("--- Context")
for name in sorted(dir(_decimal.Context)):
    print(name)
print("--- SignalDict")
print(type(_decimal.getcontext().flags).__mro__)
