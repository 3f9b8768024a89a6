# unicodedata.normalize and is_normalized: the four forms, canonical ordering, Hangul, composition exclusions, ucd_3_2_0
import unicodedata

ucd = unicodedata.ucd_3_2_0
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
texts = ["", "abc", "\u00e9", "e\u0301", "e\u0301\u0323", "e\u0323\u0301", "\u1e9b\u0323", "\u212b", "\u2126",
         "\ufb01", "\u00bd", "\u2460", "\uff21", "\u3300", "\ufdfa", "\u0344", "\u0f73", "\u0958", "\u2adc",
         "\uac00", "\uac01", "\u1100\u1161", "\u1100\u1161\u11a8", "\u1100\u1161\u11a7", "\uac00\u11a8", "\u1112\u1175\u11c2",
         "\u0041\u030a\u0301", "\u0061\u0328\u0301", "\u00c5\u0327", "\u0b47\u0b3e", "\u0b47\u0300\u0b3e",
         "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad",
         "\u1100\uac00\u11a8", "a\u0308\u0301\u0323", "\u0300\u0301", "\u0301a", "\U0001d15e", "\U0001d160",
         "\U0002f800", "\U0001109a", "\U00011099\U000110ba", "\u3099\u309a", "\u304b\u3099", "\u30ab\u3099\u309a",
         "\uf951", "\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf", "\u0221\u0301", "\u1e0a\u0323",
         "\u0386", "\u1fee", "\u0385", "\u00a8\u0301", "\u0020\u0308\u0301", "\ud800\u0301", "A\ud800", "\U00010fc5\u0301",
         "Straße", "ﬃ", "x\u0345\u0301", "\u0627\u0653", "\u0622", "\u0d4a", "\u0d46\u0d3e", "\u1025\u102e"]
for t in texts:
    for db in (unicodedata, ucd):
        print(ascii(t), [ascii(db.normalize(f, t)) for f in FORMS], [db.is_normalized(f, t) for f in FORMS])

s = "abc\u00e9"
print(unicodedata.normalize("NFC", s) is s, unicodedata.normalize("NFD", s) is s, ucd.normalize("NFC", s) is s)


class S(str):
    pass


print(type(unicodedata.normalize("NFC", S("abc"))), type(unicodedata.normalize("NFD", S("\u00e9"))),
      type(unicodedata.normalize("NFC", S(""))))


def attempt(f, *args, **kwargs):
    try:
        print(ascii(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (unicodedata.normalize, unicodedata.is_normalized, ucd.normalize, ucd.is_normalized):
    attempt(f, "NFX", "a")
    attempt(f, "nfc", "a")
    attempt(f, "NFX", "")
    attempt(f, b"NFC", "a")
    attempt(f, "NFC", b"a")
    attempt(f, "NFC")
    attempt(f, "NFC", "a", "b")
    attempt(f, form="NFC", unistr="a")
big = "\u1e9b\u0323" * 1000 + "\uac00" * 1000 + "e\u0301" * 1000
for f in FORMS:
    n = unicodedata.normalize(f, big)
    print(f, len(n), unicodedata.is_normalized(f, n), unicodedata.is_normalized(f, big), hash(n) == hash(ucd.normalize(f, big)))
