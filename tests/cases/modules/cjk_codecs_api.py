# The _multibytecodec API under the encodings: codec objects, getcodec, the classes' requirements
import _codecs_cn, _codecs_hk, _codecs_iso2022, _codecs_jp, _codecs_kr, _codecs_tw
import _multibytecodec as mbc
import codecs

def show(f):
    try:
        print("  ", ascii(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)

for mod, names in [(_codecs_cn, ["gb2312", "gbk", "gb18030", "hz"]), (_codecs_hk, ["big5hkscs"]),
                   (_codecs_tw, ["big5", "cp950"]), (_codecs_kr, ["euc_kr", "cp949", "johab"]),
                   (_codecs_jp, ["shift_jis", "cp932", "euc_jp", "shift_jis_2004", "euc_jis_2004", "euc_jisx0213",
                                 "shift_jisx0213"]),
                   (_codecs_iso2022, ["iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
                                      "iso2022_jp_3", "iso2022_jp_ext"])]:
    for name in names:
        c = mod.getcodec(name)
        print(mod.__name__, name, type(c).__name__, c.encode("a\u00e9", "replace"), c.decode(b"ab\xff", "replace"))
show(lambda: _codecs_cn.getcodec("big5"))
show(lambda: _codecs_cn.getcodec(b"gbk"))
show(lambda: _codecs_cn.getcodec())
show(lambda: mbc.__create_codec(1))
show(lambda: mbc.__create_codec(_codecs_jp.__map_jisx0208))
show(lambda: mbc.MultibyteCodec)
c = _codecs_jp.getcodec("euc_jp")
show(lambda: type(c)())
show(lambda: c.encode())
show(lambda: c.encode("x", "strict", 3))
show(lambda: c.encode(input="\u3042", errors="strict"))
show(lambda: c.decode(input=b"\xa4\xa2"))
print(type(c).__module__, type(c).__qualname__, mbc.MultibyteIncrementalEncoder.__module__)

class Enc(mbc.MultibyteIncrementalEncoder, codecs.IncrementalEncoder):
    codec = _codecs_kr.getcodec("cp949")
e = Enc("replace")
print(e.encode("한\u20ac"), e.errors, isinstance(e, codecs.IncrementalEncoder))
class NoCodec(mbc.MultibyteIncrementalDecoder):
    pass
show(lambda: NoCodec())
class BadCodec(mbc.MultibyteStreamReader):
    codec = 42
show(lambda: BadCodec(None))
class Reader(mbc.MultibyteStreamReader):
    codec = _codecs_tw.getcodec("big5")
show(lambda: Reader())
r = Reader(None, "ignore")
print(r.stream, r.errors)
show(lambda: mbc.MultibyteStreamWriter(None))
info = codecs.lookup("shift_jis")
print(info.name, info.incrementalencoder.__mro__[1].__name__, info.streamreader.__mro__[2].__name__)
print(codecs.encode("\u3042", "sjis"), codecs.decode(b"\x82\xa0", "sjis"))
