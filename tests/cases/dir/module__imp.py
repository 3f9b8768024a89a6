# dir() of the _imp module
import _imp
print(sorted(dir(_imp)))
