"""Prints what the CJK codecs make of every character and two-byte sequence, and of a set of
malformed inputs, one CRC per (codec, test, block) for tools/cjk-diff to compare between Ouro
and the reference. With `codec test block` arguments it prints that block one item a line; with one
argument, a comma-separated list of codecs, it checks only those.

Tests per codec:
  enc    each character of a block of 256 code points encoded alone ('strict': the bytes or the
         error's start, end and reason), then decoded back;
  run    the whole block encoded as one string with 'replace', and the result decoded;
  dec    each two-byte sequence with a lead byte of the block decoded alone (for the ISO-2022
         codecs: after each escape sequence the codec designates), and three- and four-byte ones
         for the codecs that have them;
  bad    malformed and truncated inputs with every error handler, whole and byte by byte through
         an incremental decoder and a stream reader, and unencodable text through the encoders.
"""
import codecs
import io
import sys
import zlib

CODECS = [
    "gb2312", "gbk", "gb18030", "hz", "big5", "cp950", "big5hkscs", "cp932", "shift_jis",
    "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004", "euc_jisx0213", "iso2022_jp",
    "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr",
    "euc_kr", "cp949", "johab",
]
ESCAPES = {
    "iso2022_jp": [b"\x1b$B", b"\x1b$@", b"\x1b(J"],
    "iso2022_jp_1": [b"\x1b$B", b"\x1b$(D", b"\x1b(J"],
    "iso2022_jp_2": [b"\x1b$B", b"\x1b$(D", b"\x1b$(C", b"\x1b$A", b"\x1b(J"],
    "iso2022_jp_2004": [b"\x1b$(Q", b"\x1b$(P", b"\x1b$B"],
    "iso2022_jp_3": [b"\x1b$(O", b"\x1b$(P", b"\x1b$B"],
    "iso2022_jp_ext": [b"\x1b$B", b"\x1b$(D", b"\x1b(J", b"\x1b(I"],
    "iso2022_kr": [b"\x1b$)C\x0e"],
    "hz": [b"~{"],
}
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "record"]
records = []


def record(exc):
    records.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)


codecs.register_error("record", record)


def outcome(f):
    """What calling f gives: its value or the exception's type, positions and reason."""
    try:
        return repr(f())
    except UnicodeError as e:
        return "%s(%r,%r,%r)" % (type(e).__name__, getattr(e, "start", None), getattr(e, "end", None),
                                 getattr(e, "reason", str(e)))
    except Exception as e:
        return "%s(%s)" % (type(e).__name__, e)


def blocks_enc(codec):
    """(block number, items) for the code point blocks worth testing."""
    for b in list(range(0, 0x100)) + list(range(0x200, 0x300)):
        yield b, [chr(c) for c in range(b << 8, (b + 1) << 8) if not 0xD800 <= c < 0xE000]


def enc_items(codec, chars):
    out = []
    for ch in chars:
        r = outcome(lambda: ch.encode(codec))
        back = outcome(lambda: ch.encode(codec).decode(codec)) if not r.startswith("Unicode") else ""
        out.append("%04x %s %s" % (ord(ch), r, back))
    return out


def run_items(codec, chars):
    text = "".join(chars)
    del records[:]
    encoded = outcome(lambda: text.encode(codec, "replace"))
    decoded = outcome(lambda: text.encode(codec, "replace").decode(codec, "replace"))
    recorded = outcome(lambda: text.encode(codec, "record"))
    return [encoded, decoded, recorded, repr(records)]


def dec_prefixes(codec):
    return ESCAPES.get(codec, [b""])


def dec_items(codec, lead):
    out = []
    for prefix in dec_prefixes(codec):
        if prefix and lead >= 0x80:
            continue
        for c2 in range(256):
            data = prefix + bytes([lead, c2])
            out.append("%s %s" % (data.hex(), outcome(lambda: data.decode(codec))))
    if codec in ("euc_jp", "euc_jis_2004", "euc_jisx0213") and lead >= 0xA1:
        for c2 in range(0xA1, 0xFF):
            data = bytes([0x8F, lead, c2])
            out.append("%s %s" % (data.hex(), outcome(lambda: data.decode(codec))))
    if codec == "gb18030" and 0x81 <= lead <= 0x84 or codec == "gb18030" and 0x90 <= lead <= 0xE3:
        for c2 in range(0x30, 0x3A):
            for c3 in range(0x81, 0xFF, 5):
                data = bytes([lead, c2, c3, 0x30 + (c3 % 10)])
                out.append("%s %s" % (data.hex(), outcome(lambda: data.decode(codec))))
    return out


def bad_inputs(codec):
    """Malformed byte strings for codec."""
    data = [b"\x80", b"\xff", b"\x81", b"\xa1", b"\x8e", b"\x8f", b"\x8f\xa1", b"\xa4\xd4", b"\xa4\xd4\xa4",
            b"a\xff\xfeb", b"\x81\x30", b"\x81\x30\x81", b"\x81\x30\x81\x30", b"\x84\x31\xa4\x39",
            b"\xe3\x32\x9a\x36", b"\x81\x39\xff\x30", b"\xfe\xfe\xfe", b"\x88\x62\x88\x64", b"~", b"~{", b"~{\x21",
            b"~{!!~}a", b"~x", b"~{\x80", b"~\n", b"\x1b", b"\x1b$", b"\x1b$B", b"\x1b$B\x21", b"\x1b$B\x7f\x7f",
            b"\x1b(Z", b"\x1b$(Z", b"\x1b$)C\x0e\x21", b"\x0e\x21\x21", b"\x1bN", b"\x1b.A\x1bNa", b"\x1b.F\x1bNa",
            b"\x1b&@\x1b$B\x24\x22", b"\x1bx\x1b$Bzz", b"\x1b$B$\"\n$\"", b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4",
            b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xff", b"\x84\x41", b"\xd9\x31", b"\xdf\x31", b"\x88\x41\x88"]
    return data


def bad_items(codec):
    out = []
    for data in bad_inputs(codec):
        for h in HANDLERS:
            del records[:]
            out.append("%s %s %s %s" % (data.hex(), h, outcome(lambda: data.decode(codec, h)), records))
        dec = codecs.getincrementaldecoder(codec)("replace")
        parts = [outcome(lambda: dec.decode(bytes([b]))) for b in data]
        parts.append(outcome(lambda: dec.getstate()))
        parts.append(outcome(lambda: dec.decode(b"", True)))
        out.append("%s incremental %s" % (data.hex(), parts))
        reader = codecs.getreader(codec)(io.BytesIO(data + b"xyz\nline2\n"), "replace")
        out.append("%s reader %s %s" % (data.hex(), outcome(reader.readline), outcome(reader.read)))
    for text in ["\udc80", "\U0010ffff", "a\u20acb", "\xe9\u3042\u3000\uff5e\u2015\xa5", "\u304b\u309a\u304b",
                 "\xca\u0304\xea", "\u00e6\u0300x", "\uac00\ud7a3\u3164", "\uac02\uae4c", "\U00020b9f\u9b1d",
                 "\u0391\xe9\uff71\uff9f\u203e", "a\u20ac\u20acb"]:
        for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                  "surrogateescape", "record"]:
            del records[:]
            out.append("%r %s %s %s" % (text, h, outcome(lambda: text.encode(codec, h)), records))
        enc = codecs.getincrementalencoder(codec)("xmlcharrefreplace")
        parts = [outcome(lambda: enc.encode(ch)) for ch in text]
        parts.append(outcome(lambda: enc.getstate()))
        parts.append(outcome(lambda: enc.encode("", True)))
        out.append("%r incremental %s" % (text, parts))
        stream = io.BytesIO()
        writer = codecs.getwriter(codec)(stream, "replace")
        out.append("%r writer %s %s %s %r" % (text, outcome(lambda: writer.write(text)),
                                              outcome(lambda: writer.writelines([text, "b"])),
                                              outcome(writer.reset), stream.getvalue()))
    return out


def tests(codec):
    for b, chars in blocks_enc(codec):
        yield "enc", b, lambda chars=chars: enc_items(codec, chars)
        yield "run", b, lambda chars=chars: run_items(codec, chars)
    for lead in range(256):
        if lead < 0x80 and not dec_prefixes(codec)[0] and lead not in (0x1b, 0x7e, 0x0e):
            continue
        yield "dec", lead, lambda lead=lead: dec_items(codec, lead)
    yield "bad", 0, lambda: bad_items(codec)


def main():
    global CODECS
    if len(sys.argv) == 2:
        CODECS = sys.argv[1].split(",")
    elif len(sys.argv) > 1:
        codec, test, block = sys.argv[1], sys.argv[2], int(sys.argv[3])
        for t, b, items in tests(codec):
            if t == test and b == block:
                for item in items():
                    print(item)
        return
    for codec in CODECS:
        for t, b, items in tests(codec):
            data = "\n".join(items()).encode("utf-8", "surrogatepass")
            print("%s %s %d %08x" % (codec, t, b, zlib.crc32(data)))
        sys.stdout.flush()


main()
