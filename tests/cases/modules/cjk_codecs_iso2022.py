# The ISO-2022 and HZ state machines: designations, shifts, escapes that are not ISO-2022's, single shifts
def show(codec, data, errors="strict"):
    try:
        print(codec, data, ascii(data.decode(codec, errors)))
    except UnicodeDecodeError as e:
        print(codec, data, "UnicodeDecodeError", e.start, e.end, e.reason)

for data in [b"\x1b$B$\"$$\x1b(Bab", b"\x1b$@$\"\x1b(J\\~", b"\x1b&@\x1b$B$\"", b"\x1b$(D\x22\x2f", b"\x1b(I\x31",
             b"\x1bx12\x1b$B$\"", b"\x1b$Z", b"\x1b(Z", b"\x1b$(Z", b"\x1b$)B", b"\x1b$B\n$\"", b"\x0e\x0f\x1b", b"\x1b$",
             b"\x1b$B$", b"\x1b(B\x80", b"\x1b.A\x1bNa", b"\x1b$A\x30\x21", b"\x1b$(C\x30\x21", b"\x1b$(Q\x24\x77",
             b"\x1b$(O\x2e\x21", b"\x1b$(P\x7d\x3b", b"\x1b$(Q\x7e\x7e\x1b$(P\x21\x21"]:
    for codec in ["iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_2004", "iso2022_jp_3"]:
        show(codec, data)
    show("iso2022_jp_2", data, "replace")
for data in [b"\x1b$)C\x0e\x30\x21\x0fa", b"\x0e\x30\x21", b"\x1b$)C\x0e\x30\x21\nab", b"\x1b$)C\x0e\x30", b"\x1b$)A\x0e"]:
    show("iso2022_kr", data)
    show("iso2022_kr", data, "ignore")
for text in ["日本語abc", "ｱｲｳ", "¥‾", "Ωé한中", "\u2460", "俱剝𠀋か゚"]:
    for codec in ["iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_2004", "iso2022_jp_3",
                  "iso2022_kr"]:
        print(codec, ascii(text), text.encode(codec, "backslashreplace"))
for data in [b"~{!!~}", b"~{!!", b"~~~\nx", b"~}", b"~{~{", b"~{\x21", b"~{\xa1\xa1", b"~a", b"~", b"~{!!~"]:
    show("hz", data)
    show("hz", data, "replace")
print("中文 abc 文".encode("hz"), "~".encode("hz"))
