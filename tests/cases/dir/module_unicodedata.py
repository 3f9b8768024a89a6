# sorted(dir()) of the unicodedata module and its UCD type, one name per line
import unicodedata

for name in sorted(dir(unicodedata)):
    print(name)
print("--- UCD")
for name in sorted(dir(unicodedata.UCD)):
    print(name)
