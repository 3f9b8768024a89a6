# unicodedata.name and lookup: names, algorithmic Hangul and CJK names, aliases, named sequences, ucd_3_2_0
import unicodedata

ucd = unicodedata.ucd_3_2_0


def attempt(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))


for cp in (0x0, 0x20, 0x41, 0x7F, 0xA0, 0xC5, 0x221, 0x1F600, 0x3400, 0x4DBF, 0x4E00, 0x9FA5, 0x9FA6, 0x9FFF,
           0x20000, 0x2A6DF, 0x2EBF0, 0x31350, 0x323AF, 0x323B0, 0xAC00, 0xAC01, 0xD7A3, 0xD7A4, 0xF900, 0x2F800,
           0x17000, 0x18B00, 0x1B170, 0x18D00, 0xE000, 0xD800, 0xFFFE, 0x1CC00, 0x10FFFF, 0x1180, 0x116C):
    ch = chr(cp)
    attempt(unicodedata.name, ch)
    attempt(ucd.name, ch)
    print(unicodedata.name(ch, "-"), ucd.name(ch, "-"))

names = ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "LATIN SMALL LETTER_A",
         "LATIN  SMALL LETTER A", "LATIN SMALL LETTER A ", "EURO SIGN", "HANGUL SYLLABLE GA", "hangul syllable ga",
         "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGWAELH", "HANGUL SYLLABLE", "HANGUL SYLLABLE X", "HANGUL SYLLABLE AE",
         "HANGUL SYLLABLE GAX", "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
         "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-9FA6",
         "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-323AF", "CJK UNIFIED IDEOGRAPH-323B0",
         "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-F900",
         "cjk compatibility ideograph-f900", "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00",
         "NUSHU CHARACTER-1B170", "UP-POINTING GO-KART", "HANGUL JUNGSEONG O-E", "HANGUL JUNGSEONG OE",
         "TIBETAN MARK TSA -PHRU", "TIBETAN MARK TSA-PHRU",
         "NULL", "null", "BOM", "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "latin capital letter gha",
         "LINE FEED", "LF", "NEL", "ZWNJ", "VS1", "VARIATION SELECTOR-17",
         "LATIN SMALL LETTER R WITH TILDE", "latin small letter r with tilde", "KEYCAP NUMBER SIGN",
         "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA",
         "", "EURO SIGN\0", "\u00e9", "x" * 256, "x" * 257]
for name in names:
    attempt(unicodedata.lookup, name)
    attempt(ucd.lookup, name)
attempt(unicodedata.lookup, b"EURO SIGN")
attempt(unicodedata.lookup, b"euro sign")
attempt(unicodedata.lookup, b"\xff")
attempt(unicodedata.lookup, bytearray(b"EURO SIGN"))
attempt(unicodedata.lookup, memoryview(b"EURO SIGN"))
attempt(unicodedata.lookup, 5)
attempt(unicodedata.lookup)
attempt(unicodedata.lookup, "a", "b")
attempt(ucd.lookup)
print("\N{EURO SIGN}\N{euro sign}\N{BOM}\N{LATIN CAPITAL LETTER GHA}" == unicodedata.lookup("EURO SIGN") * 2 + "\ufeff\u01a2")
