# unicodedata's per-character properties in Unicode 16.0.0 and in ucd_3_2_0, with defaults and errors
import unicodedata

ucd = unicodedata.ucd_3_2_0
print(unicodedata.unidata_version, ucd.unidata_version, type(ucd).__name__, type(ucd).__module__)
samples = "A a 0 \u00b2 \u00bd \u0f33 \u2164 \u216b \u3405 \u4e00 \u5146 \uac00 \u0301 \u0327 \u05d0 \u0627 \u0661 \u06f5 " \
    "\u00ad \u200e \u2028 \u00a0 \u3000 \uff21 \uff61 \u20ac \u0221 \u0350 \u1369 \u0f3a \u2f00 \ufb01 \ufdfa \ud800 " \
    "\ue000 \uffff \U0001d7ce \U0001f600 \U00020000 \U0002f800 \U000323b0 \U0001cc00 \U00010fc5 \U000e0001 \U0010ffff"
for ch in samples.split(" "):
    for db in (unicodedata, ucd):
        print(f"{ord(ch):04X}", db.category(ch), repr(db.bidirectional(ch)), db.combining(ch),
              db.east_asian_width(ch), db.mirrored(ch), repr(db.decomposition(ch)),
              db.decimal(ch, None), db.digit(ch, None), db.numeric(ch, None))

for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric, ucd.decimal, ucd.digit, ucd.numeric):
    print(f("x", "default"), f("\u00b2", "default"), f("\u216b", -1))
    try:
        f("x")
    except ValueError as e:
        print("ValueError", e)


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ("category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition",
             "decimal", "digit", "numeric", "name"):
    for db in (unicodedata, ucd):
        f = getattr(db, name)
        attempt(f)
        attempt(f, "ab")
        attempt(f, "")
        attempt(f, 65)
        attempt(f, None)
        attempt(f, "a", "b", "c")
        attempt(f, chr=1)


class S(str):
    pass


print(unicodedata.category(S("a")), unicodedata.numeric(S("\u00bd")))
attempt(unicodedata.UCD)
attempt(setattr, ucd, "unidata_version", "1")
attempt(setattr, ucd, "other", "1")
print(unicodedata.UCD.unidata_version)
attempt(unicodedata.UCD.category, 5, "a")
print(unicodedata.UCD.category(ucd, "\u0221"), unicodedata.UCD.name(ucd, "a"))
for name in ("lookup", "name", "category", "normalize", "decimal"):
    f = getattr(unicodedata, name)
    print(name, f.__text_signature__, getattr(unicodedata.UCD, name).__text_signature__)
    print(f.__doc__)
print(unicodedata.__doc__)
