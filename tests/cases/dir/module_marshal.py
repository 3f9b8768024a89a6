# dir() of the marshal module
import marshal
print(sorted(dir(marshal)))
