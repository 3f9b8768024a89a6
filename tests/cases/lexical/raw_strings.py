# Raw string and raw bytes prefixes in every spelling.
print(r"a\nb", R"a\nb", len(r"\n"))
print(rb"\x00", br"\x00", Rb"\t", bR"\t", RB"\\", BR"x")
print(r"\"", len(r"\""), r'\'')
print(r"C:\path\to\file", r"\d+\.\d+")
print(r"""raw
triple\n""")
print(repr(r"\\"), repr(r"\u00e9"))
print(rf"\n{1+1}", fr"\t{'x'}", Rf"{2}\n", fR"{3}\t", RF"{4}", FR"{5}")
