# Incremental encoders/decoders and stream readers/writers of the CJK codecs: pending input, state, reset
import codecs
import io

def show(f):
    try:
        print("  ", ascii(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)

for codec, data in [("gbk", "中文\u20ac字".encode("gbk", "replace")), ("gb18030", "\u4dae\U00010000x".encode("gb18030")),
                    ("euc_jp", "日本\uff71語".encode("euc_jp")), ("iso2022_jp", "日本abc語".encode("iso2022_jp")),
                    ("iso2022_kr", "한국abc\n어".encode("iso2022_kr")), ("hz", "中~文\nabc".encode("hz")),
                    ("big5hkscs", "Ê̄x\U00020021".encode("big5hkscs")), ("euc_kr", "\uac02".encode("euc_kr"))]:
    print(codec, data)
    dec = codecs.getincrementaldecoder(codec)()
    out = []
    for b in data:
        out.append(dec.decode(bytes([b])))
        out.append(dec.getstate())
    out.append(dec.decode(b"", final=True))
    print("  ", ascii(out))
    dec.reset()
    print("  ", dec.getstate())

print("setstate / truncated input")
dec = codecs.getincrementaldecoder("iso2022_jp")()
dec.setstate((b"\x1b$", 0))
print(ascii(dec.decode(b"B$\"")), dec.getstate())
dec.setstate((b"", 0x4242C2))
print(ascii(dec.decode(b"$\"")), dec.getstate())
show(lambda: dec.setstate((b"123456789", 0)))
show(lambda: dec.setstate(("x", 0)))
show(lambda: dec.setstate((b"", -1)))
show(lambda: dec.setstate((b"", 1 << 64)))
show(lambda: dec.setstate([b"", 0]))
dec = codecs.getincrementaldecoder("shift_jis")("strict")
print(ascii(dec.decode(b"\x82")))
show(lambda: dec.decode(b"", True))
print(dec.getstate())
dec.errors = "replace"
print(dec.errors, ascii(dec.decode(b"", True)))
show(lambda: setattr(dec, "errors", 3))
show(lambda: delattr(dec, "errors"))

for codec, text in [("euc_jis_2004", "か゚か"), ("iso2022_jp_2004", "か゚かa"), ("big5hkscs", "Ê̄Êa"), ("hz", "中a文"),
                    ("iso2022_kr", "한a국"), ("iso2022_jp", "日a本")]:
    enc = codecs.getincrementalencoder(codec)()
    out = []
    for ch in text:
        out.append(enc.encode(ch))
        out.append(enc.getstate())
    out.append(enc.encode("", final=True))
    out.append(enc.getstate())
    print(codec, out)
    enc.encode(text[0])
    state = enc.getstate()
    enc.reset()
    print("   reset", enc.getstate(), enc.encode("x"))
    enc.setstate(state)
    print("   setstate", enc.getstate(), enc.encode(text[1:], True))
enc = codecs.getincrementalencoder("gbk")("ignore")
print(enc.errors, enc.encode("a\u20acb"), enc.encode(b"x" if False else 42))
show(lambda: enc.setstate(1 << 200))
show(lambda: enc.setstate(0x09))
show(lambda: enc.setstate("x"))
show(lambda: codecs.getincrementalencoder("gbk")(3))
show(lambda: codecs.getincrementalencoder("gbk")(errors=None))
show(lambda: codecs.getincrementalencoder("gbk")(x=1))

print("streams")
for codec in ["gbk", "iso2022_jp", "euc_jis_2004", "hz", "cp949"]:
    text = {"gbk": "第一行\n第二行\r\n第三", "iso2022_jp": "一行目\n二行目\n", "euc_jis_2004": "か゚\nき",
            "hz": "中文\n~\n文", "cp949": "똠방\n각하\n"}[codec]
    raw = text.encode(codec)
    reader = codecs.getreader(codec)(io.BytesIO(raw))
    print(codec, ascii(reader.readline()), ascii(reader.read(1)), ascii(reader.readlines()), ascii(reader.read()))
    reader = codecs.getreader(codec)(io.BytesIO(raw + b"\xff"), errors="replace")
    print("  ", ascii(reader.read()), reader.errors, type(reader.stream).__name__)
    reader = codecs.getreader(codec)(io.BytesIO(raw[:-1]))
    show(lambda: reader.read(3))
    show(lambda: reader.read())
    reader.reset()
    stream = io.BytesIO()
    writer = codecs.getwriter(codec)(stream)
    writer.write(text[:3])
    writer.writelines([text[3:5], text[5:]])
    writer.reset()
    writer.write("x")
    print("  ", stream.getvalue())
    show(lambda: writer.writelines(42))
    show(lambda: writer.write("\U0010ffff"))

class NotBytes:
    def read(self, size=-1):
        return "text"
show(lambda: codecs.getreader("gbk")(NotBytes()).read())
show(lambda: codecs.getreader("gbk")(io.BytesIO(b"")).read("x"))
w = codecs.getwriter("iso2022_jp")(io.BytesIO())
show(lambda: setattr(w, "stream", None))
print(codecs.StreamReaderWriter(io.BytesIO("中".encode("gbk")), codecs.getreader("gbk"), codecs.getwriter("gbk")).read())
