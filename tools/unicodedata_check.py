"""Prints what `unicodedata` says about every code point, one CRC per block of 4096 code points
and property, for tools/unicodedata-diff to compare between Ouro and the reference. With block
numbers as arguments it prints those blocks' values one code point a line instead."""
import sys
import unicodedata
import zlib

ucd = unicodedata.ucd_3_2_0
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
detail = {int(a) for a in sys.argv[1:]}


def found(db, name):
    try:
        return db.lookup(name)
    except KeyError:
        return None


def props(db, c):
    name = db.name(c, None)
    current = unicodedata.name(c, None)
    looked_up = None if current is None else [found(db, current), found(db, current.lower())]
    return [
        db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c), db.mirrored(c),
        db.decomposition(c), db.decimal(c, None), db.digit(c, None), db.numeric(c, None), name, looked_up,
    ]


def texts(c):
    out = [c]
    cp = ord(c)
    # Strings around the character exercise composition and canonical ordering; CJK ideographs,
    # Hangul syllables and private use only need the character itself.
    if unicodedata.category(c) not in ("Cn", "Co", "Cs") and not 0x3400 <= cp < 0xA000 \
            and not 0xAC00 <= cp < 0xD7A4 and cp < 0x20000:
        out += [c + "\u0323\u0301", "e" + c + "\u0301", c + "\u0301\u0323", "\u1100" + c + "\u11a8", "A" + c]
    return out


def normal(db, c):
    out = []
    for t in texts(c):
        for f in FORMS:
            out.append(db.normalize(f, t))
            out.append(db.is_normalized(f, t))
    return out


sections = [
    ("props", lambda c: props(unicodedata, c)),
    ("props_3_2_0", lambda c: props(ucd, c)),
    ("normalize", lambda c: normal(unicodedata, c)),
    ("normalize_3_2_0", lambda c: normal(ucd, c)),
]
for block in range(0x110000 // 4096):
    if detail and block not in detail:
        continue
    crcs = []
    for title, f in sections:
        crc = 0
        for cp in range(block * 4096, block * 4096 + 4096):
            line = f"{cp:04X} {f(chr(cp))!a}\n"
            if detail:
                print(title, line, end="")
            crc = zlib.crc32(line.encode(), crc)
        crcs.append(f"{title}={crc:08x}")
    if not detail:
        print(f"block {block}:", " ".join(crcs), flush=True)
