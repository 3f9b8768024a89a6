# unicodedata.lookup on malformed names (random letters, digits, spaces, hyphens, underscores, NUL, non-ASCII) after name prefixes
import random
import unicodedata

random.seed(5)
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_\0\xe9\u4e00"
prefixes = ["", "-", " ", "CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ", "cjk unified ideograph-", "LATIN ", "TANGUT IDEOGRAPH-",
            "CJK COMPATIBILITY IDEOGRAPH-", "HANGUL JUNGSEONG ", "A -", "A- "]
found = []
for i in range(6000):
    name = random.choice(prefixes) + "".join(random.choice(alphabet) for _ in range(random.randrange(0, 8)))
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        try:
            found.append((ascii(name), ascii(db.lookup(name))))
        except KeyError:
            pass
print(len(found))
for entry in found:
    print(*entry)
