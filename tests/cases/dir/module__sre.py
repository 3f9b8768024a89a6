import _sre
print(sorted(dir(_sre)))
