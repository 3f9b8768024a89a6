# Every string escape sequence and its code point.
escapes = ["\\", "\'", "\"", "\a", "\b", "\f", "\n", "\r", "\t", "\v", "\0", "\x7f", "\1", "\77", "\177"]
print([ord(c) for c in escapes])
print([hex(ord(c)) for c in ["\u0041", "\u00ff", "\u2603", "\U00010000", "\U0010ffff"]])
print("\N{SNOWMAN}" == "\u2603", "\N{EM DASH}" == "\u2014", "\N{DIGIT ONE}")
print(repr("\x00\x1f\x7f\x80\x9f\xa0\xad"))
print(repr("\u200b\u2028\ud800"[0:2]), len("\U0001F40D"))
print(ascii("naïve ☃ 🐍"))
print(repr("\t"), repr("\\t"), len("\\t"))
b = b"\a\b\f\n\r\t\v\0\x7f\377"
print(list(b))
print("a\
b", b"c\
d")
for bad in ['"\\x4"', '"\\u12"', '"\\N{NO SUCH NAME}"', '"\\U0011FFFF"']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(bad, "->", e.msg)
