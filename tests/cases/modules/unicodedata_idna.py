# stringprep and the idna codec, which read unicodedata.ucd_3_2_0
import codecs
import encodings.idna
import stringprep

print("straße".encode("idna"))
for s in ["bücher.example", "Bücher.EXAMPLE", "пример.испытание", "例え.テスト", "ドメイン名例.jp", "abc", "xn--nxasmq6b.com",
          "ÄÖÜ.de", "faß.de", "άέήί.gr", "\u0221.com", "a\u00adb.com", "ＡＢＣ．ｃｏｍ"]:
    try:
        e = s.encode("idna")
        print(ascii(s), e, ascii(e.decode("idna")))
    except UnicodeError as exc:
        print(ascii(s), type(exc).__name__, exc)
print(codecs.encode("münchen.de", "idna"), codecs.decode(b"xn--mnchen-3ya.de", "idna"))
enc = codecs.getincrementalencoder("idna")()
print(enc.encode("bü"), enc.encode("cher."), enc.encode("de", final=True))
dec = codecs.getincrementaldecoder("idna")()
print(ascii(dec.decode(b"xn--bcher")), ascii(dec.decode(b"-kva.de", final=True)))
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_a1("a"), stringprep.in_table_b1("\u00ad"),
      ascii(stringprep.map_table_b2("\u00c5")), ascii(stringprep.map_table_b3("\u0130")), ascii(stringprep.map_table_b2("\u2161")))
print(stringprep.in_table_c11("\u0020"), stringprep.in_table_c12("\u00a0"), stringprep.in_table_c21_c22("\u200e"),
      stringprep.in_table_c3("\ue000"), stringprep.in_table_c4("\ufdd0"), stringprep.in_table_c5("\ud800"),
      stringprep.in_table_c6("\ufff9"), stringprep.in_table_c7("\u2ff0"), stringprep.in_table_c8("\u200e"),
      stringprep.in_table_c9("\U000e0001"), stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"))
print(ascii(encodings.idna.nameprep("Straße")), encodings.idna.ToASCII("Straße"), ascii(encodings.idna.ToUnicode(b"xn--bcher-kva")))
for bad in ("x" * 64 + ".com", "a\u0627\u0031.com", "\u0600.com"):
    try:
        bad.encode("idna")
    except UnicodeError as exc:
        print(type(exc).__name__, exc)
