# Every legal string prefix, including u and combinations, and illegal ones.
print(u"unicode", U"upper u", type(u"").__name__)
print(r"\r", R"\r", b"b", B"B", br"\b", rb"\b", Br"\B", rB"\B", BR"\x", RB"\x")
print(f"{1}", F"{2}", rf"\{3}", fr"\{4}", Rf"{5}", fR"{6}", RF"{7}", FR"{8}")
print(type(t"{1}").__name__, type(T"{1}").__name__, rt"\n".strings, tr"\t".strings, Rt"".strings)
for text in ['ub""', 'bu""', 'uf""', 'fb""', 'bf""', 'rr""', 'tb""', 'ft""', 'ur""']:
    try:
        eval(text)
        print(repr(text), "ok")
    except SyntaxError as e:
        print(repr(text), "SyntaxError")
