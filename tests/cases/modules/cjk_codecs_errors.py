# CJK codecs' error handling: the exceptions' positions and reasons, every standard handler, custom handlers
import codecs

def show(f):
    try:
        r = f()
    except UnicodeError as e:
        print("  ", type(e).__name__, e.encoding, e.start, e.end, e.reason, ascii(e.object))
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", ascii(r))

BAD = {
    "gbk": b"a\x81\x20b\xff", "gb18030": b"\x81\x30\x81\x20\x81", "hz": b"~{!!~x~}~", "big5": b"\xa4\x40\x80\xa4",
    "cp932": b"\x81\x20\xf0", "shift_jis": b"\x82\xa0\xeb\x40\x82", "euc_jp": b"\x8f\xa1\xa1\x8e\x20\xa4",
    "euc_jis_2004": b"\xad\xfe\x8f\xa1\xa1\xa4", "iso2022_jp": b"\x1b$Bx\x7f\x1b(Z\x1b$B$", "iso2022_kr": b"\x1b$)C\x0e\x7f\x7f\x0f\x80",
    "euc_kr": b"\xa4\xd4\xa4\xa1\xa4\xff\xa4\xa2\xb0", "cp949": b"\xc9\x20\x81", "johab": b"\x84\x44\xdf\x31\xd9",
    "big5hkscs": b"\x88\x62\xc6\xa1\x87\x40\x88",
}
for codec, data in BAD.items():
    print(codec, data)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
        show(lambda: data.decode(codec, errors))

TEXT = "a\u20ac\u00e9\u3042\U0001f600\udc80b"
for codec in ["gb2312", "hz", "big5", "shift_jis", "euc_jp", "iso2022_jp", "iso2022_kr", "euc_kr", "johab", "big5hkscs",
              "euc_jisx0213", "iso2022_jp_3"]:
    print(codec)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                   "surrogateescape", "surrogatepass"]:
        show(lambda: TEXT.encode(codec, errors))

seen = []
def record(exc):
    seen.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%d]" % len(exc.object[exc.start:exc.end]), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("test.record", record)
print(TEXT.encode("gbk", "test.record"), seen)
seen.clear()
print(b"\x81\x20\xa1\xa1\xff".decode("gbk", "test.record"), seen)

codecs.register_error("test.bytes", lambda exc: (b"<?>", exc.end))
print("a\u20acb".encode("euc_kr", "test.bytes"))
codecs.register_error("test.back", lambda exc: ("", exc.start - 1 if exc.start else exc.end))
codecs.register_error("test.far", lambda exc: ("", 100))
codecs.register_error("test.neg", lambda exc: ("x", -1))
codecs.register_error("test.tuple", lambda exc: ("x",))
codecs.register_error("test.int", lambda exc: (1, exc.end))
codecs.register_error("test.unencodable", lambda exc: ("\u20ac", exc.end))
for errors in ["test.far", "test.neg", "test.tuple", "test.int", "test.unencodable", "no.such.handler"]:
    show(lambda: "a\u20acb".encode("shift_jis", errors))
    show(lambda: b"a\xffb".decode("shift_jis", errors))
show(lambda: "a\u20acb".encode("iso2022_jp", "test.neg"))
show(lambda: "abc".encode("gbk", 1))
show(lambda: b"abc".decode("gbk", 1))
show(lambda: codecs.lookup("gbk").encode(123))
show(lambda: codecs.lookup("gbk").decode("abc"))
print(codecs.lookup("gbk").encode("\u4e00", None), codecs.lookup("gbk").decode(bytearray(b"\xd2\xbb"), None))
print(codecs.lookup("gbk").decode(memoryview(b"\xd2\xbbx"), errors="strict"))
