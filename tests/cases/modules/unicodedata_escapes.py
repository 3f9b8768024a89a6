# \N{...} escapes in literals and the unicode_escape codec read the same names as unicodedata.lookup (no named sequences)
import codecs

tests = [r'"\N{LATIN SMALL LETTER R WITH TILDE}"', r'"\N{hangul syllable ga}"', r'"\N{HANGUL SYLLABLE GA}"',
         r'"\N{cjk unified ideograph-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-4E00}"', r'"\N{CJK UNIFIED IDEOGRAPH-323B0}"',
         r'"\N{latin capital letter gha}"', r'"\N{BOM}"', r'"\N{bom}"', r'"\N{LATIN SMALL LETTER_A}"',
         r'"\N{UP-POINTING GO-KART}"', r'"\N{TANGUT IDEOGRAPH-17000}"', r'"\N{NULL}"', r'"\N{ZERO WIDTH SPACE}"',
         r'"\N{HANGUL JUNGSEONG O-E}"', r'"\N{TIBETAN MARK TSA -PHRU}"', r'"\N{TIBETAN MARK TSA-PHRU}"', r'"\N{EURO  SIGN}"',
         r'"\N{euro sign}"', r'b"\N{EURO SIGN}"', r'"\N{}"', r'"\N{EURO SIGN"']
for t in tests:
    try:
        print(ascii(eval(t)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
for raw in (rb"\N{EURO SIGN}", rb"\N{bom}", rb"\N{hangul syllable ga}", rb"\N{LATIN SMALL LETTER R WITH TILDE}", rb"x\N{NOPE}y"):
    try:
        print(ascii(codecs.decode(raw, "unicode_escape")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(ascii(codecs.decode(raw, "unicode_escape", "replace")))
# namereplace names characters as unicodedata.name does (none for Tangut ideographs or unassigned code points)
for c in ["\U00017000", "\uac00", "\u4e00", "\U000323b0", "\U0001cc00", "\x00", "\u20ac", "\U000e0100", "\ud800"]:
    print(ascii(c.encode("ascii", "namereplace")), ascii(c.encode("latin-1", "namereplace")))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "\U00017000\uac00\u00e9", 0, 3, "x")))
