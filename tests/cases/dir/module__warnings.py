# dir() of the _warnings module
import _warnings
print(sorted(dir(_warnings)))
