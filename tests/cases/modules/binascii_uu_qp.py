# binascii's uuencode and quoted-printable codecs.
import binascii as b

for data in [b"", b"a", b"abc", b"hello world!", bytes(range(45)), b"\x00\x00\x00"]:
    enc = b.b2a_uu(data)
    print(enc, b.b2a_uu(data, backtick=True), b.a2b_uu(enc) == data, b.a2b_uu(b.b2a_uu(data, backtick=True)) == data)
for line in [b"x", b"", b"!86)C\n", b"#86)C", b"#86)C  \n", b"%86)C", "#86)C", b"#86)C`"]:
    try:
        print(repr(line), b.a2b_uu(line))
    except b.Error as e:
        print(repr(line), "Error:", e)
for expr in ['b.b2a_uu(b"a" * 46)', 'b.a2b_uu(b"!86)C!!")', 'b.a2b_uu(b"#\\x01\\x02")']:
    try:
        print(expr, eval(expr))
    except b.Error as e:
        print(expr, "Error:", e)

texts = [b"", b"hello", b"caf\xe9 = cost", b"trailing space \nnext", b"tab\tend\t", b"a" * 80,
         b"b" * 75 + b"=", b"line1\r\nline2 \r\n", b".\nx", b"x\n.", b"under_score and space",
         b"\x00\x01 ctrl", b"=" * 30, b"a\rb\nc", b"word " * 20]
for t in texts:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}]:
        enc = b.b2a_qp(t, **kw)
        print(repr(t)[:30], kw, enc, b.a2b_qp(enc, header=kw.get("header", False)) == t)
for enc in [b"=41=42", b"soft=\nbreak", b"soft=\r\nbreak", b"bad=4", b"bad=zz", b"a==b", b"under_score",
            b"end=", "=41", b"x=\r"]:
    print(repr(enc), b.a2b_qp(enc), b.a2b_qp(enc, header=True))
