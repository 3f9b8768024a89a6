"""Write cjk/src/tables.rs: the character set maps behind Ouro's CJK codecs (`_codecs_cn`, `_codecs_hk`,
`_codecs_iso2022`, `_codecs_jp`, `_codecs_kr`, `_codecs_tw`), read from the reference interpreter's own
codecs byte sequence by byte sequence and character by character, so Ouro agrees with it exactly.

Each map mirrors one of CPython's Modules/cjkcodecs maps (a decode map keyed by two bytes or an encode
map keyed by a code point), recovered by running the codec that consults it and keeping the answers
the codec's earlier steps (special cases, other maps) do not give. Run from the repository root:

    ../shared/tools/cpython3.14 tools/gen_cjk_tables.py
"""

NONE = 0xFFFF
WIDE_BASE = 0xD800  # values D800..DFFF index a map's `wide` list (non-BMP characters and pairs)


def dec(codec, data):
    """The text `data` decodes to, or None."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def enc(codec, text):
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def bmp_chars():
    return (chr(u) for u in range(0x80, 0x10000) if not 0xD800 <= u < 0xE000)


class Map:
    """Keys are 16-bit (two bytes, or a code point's low 16 bits); values are code points, pairs of
    code points (first << 16 | second) or codes."""

    def __init__(self, name, doc, decode=True):
        self.name, self.doc, self.items, self.decode = name, doc, {}, decode

    def __setitem__(self, key, value):
        self.items[key] = value

    def get(self, key):
        return self.items.get(key)

    def rust(self):
        rows, values, wide = [], [], []
        for hi in range(256):
            lows = [lo for lo in range(256) if (hi << 8 | lo) in self.items]
            if not lows:
                rows.append(1)  # lo 1 > hi 0: empty
                continue
            lo, top = lows[0], lows[-1]
            assert len(values) < 1 << 16, self.name
            rows.append(lo | top << 8 | len(values) << 16)
            for k in range(lo, top + 1):
                v = self.items.get(hi << 8 | k)
                if v is None:
                    values.append(NONE)
                elif self.decode and (v > 0xFFFF or WIDE_BASE <= v < 0xE000):
                    values.append(WIDE_BASE + len(wide))
                    wide.append(v)
                else:
                    assert v != NONE
                    values.append(v)
        assert len(wide) <= 0x800, self.name
        name = self.name.upper()
        out = [f"/// {self.doc}\npub static {name}: Map = Map {{\n"]
        out.append(f"    rows: &{name}_ROWS,\n    values: &{name}_VALUES,\n    wide: &{name}_WIDE,\n}};\n")
        out.append(f"static {name}_ROWS: [u32; 256] = [{','.join(map(str, rows))}];\n")
        out.append(f"static {name}_VALUES: [u16; {len(values)}] = [{','.join(map(str, values))}];\n")
        out.append(f"static {name}_WIDE: [u32; {len(wide)}] = [{','.join(map(str, wide))}];\n")
        return "".join(out)


def one(text):
    """A decoded text as a map value: one code point or a pair."""
    if text is None or len(text) > 2:
        return None
    if len(text) == 2:
        return ord(text[0]) << 16 | ord(text[1])
    return ord(text)


def all_pairs(first, second):
    for c1 in first:
        for c2 in second:
            yield c1, c2


# ---- Chinese (GB) -------------------------------------------------------------------------------

def gen_cn(maps):
    gb2312 = Map("gb2312", "GB 2312 by row and cell (0x21..0x7e each): `_codecs_cn`'s `gb2312` decode map.")
    for c1, c2 in all_pairs(range(0x21, 0x7F), range(0x21, 0x7F)):
        v = one(dec("gb2312", bytes([c1 | 0x80, c2 | 0x80])))
        if v is not None:
            gb2312[c1 << 8 | c2] = v
    gbk_specials = {(0xA1, 0xAA), (0xA8, 0x44), (0xA1, 0xA4)}
    gbkext = Map("gbkext", "GBK's codes beyond GB 2312, by lead and trail byte (`gbkext` decode map).")
    ext18030 = Map("gb18030ext_dec", "GB 18030's two-byte codes beyond GBK (`gb18030ext` decode map).")
    for c1, c2 in all_pairs(range(0x80, 0x100), range(0x100)):
        in_2312 = c1 >= 0xA1 and c2 >= 0xA1 and gb2312.get((c1 ^ 0x80) << 8 | (c2 ^ 0x80)) is not None
        gbk = one(dec("gbk", bytes([c1, c2])))
        if gbk is not None and (c1, c2) not in gbk_specials and not in_2312:
            gbkext[c1 << 8 | c2] = gbk
        if gbk is None and not 0x30 <= c2 <= 0x39:
            v = one(dec("gb18030", bytes([c1, c2])))
            if v is not None:
                ext18030[c1 << 8 | c2] = v
    gbcommon = Map("gbcommon", "GB 2312 (bit 15 clear) and GBK (bit 15 set) codes by code point (`gbcommon`).", decode=False)
    ext18030_enc = Map("gb18030ext_enc", "GB 18030's two-byte codes beyond GBK by code point (`gb18030ext`).", decode=False)
    for ch in bmp_chars():
        u = ord(ch)
        b = enc("gb2312", ch)
        if b is not None and len(b) == 2:
            gbcommon[u] = (b[0] & 0x7F) << 8 | (b[1] & 0x7F)
            continue
        b = enc("gbk", ch)
        if b is not None and len(b) == 2:
            if u not in (0x2014, 0x2015, 0xB7, 0x30FB):
                gbcommon[u] = 0x8000 | (b[0] & 0x7F) << 8 | b[1]
            continue
        b = enc("gb18030", ch)
        if b is not None and len(b) == 2:
            ext18030_enc[u] = b[0] << 8 | b[1]
    maps += [gb2312, gbkext, gbcommon, ext18030, ext18030_enc]


def gen_gb18030_ranges():
    """The four-byte BMP codes of GB 18030 as (first char, last char, first sequence number) runs."""
    runs = []
    for lseq in range(39420):
        data = bytes([0x81 + lseq // 12600, 0x30 + lseq // 1260 % 10, 0x81 + lseq // 10 % 126, 0x30 + lseq % 10])
        text = dec("gb18030", data)
        assert text is not None and len(text) == 1, lseq
        u = ord(text)
        if runs and runs[-1][1] + 1 == u and runs[-1][2] + (u - runs[-1][0]) == lseq:
            runs[-1][1] = u
        else:
            runs.append([u, u, lseq])
    body = ",".join(f"({a},{b},{c})" for a, b, c in runs)
    return ("/// GB 18030's four-byte codes for the BMP: (first, last, sequence number of first) runs\n"
            "/// (`gb18030_to_unibmp_ranges`).\n"
            f"pub static GB18030_RANGES: [(u16, u16, u16); {len(runs)}] = [{body}];\n")


# ---- Korean -------------------------------------------------------------------------------------

def gen_kr(maps):
    ksx1001 = Map("ksx1001", "KS X 1001 by row and cell (0x21..0x7e each): `_codecs_kr`'s `ksx1001` decode map.")
    for c1, c2 in all_pairs(range(0x21, 0x7F), range(0x21, 0x7F)):
        v = one(dec("cp949", bytes([c1 | 0x80, c2 | 0x80])))
        if v is not None:
            ksx1001[c1 << 8 | c2] = v
    cp949ext = Map("cp949ext", "CP949's codes beyond KS X 1001 by lead and trail byte (`cp949ext`).")
    for c1, c2 in all_pairs(range(0x80, 0x100), range(0x100)):
        if c1 >= 0xA1 and c2 >= 0xA1 and ksx1001.get((c1 ^ 0x80) << 8 | (c2 ^ 0x80)) is not None:
            continue
        v = one(dec("cp949", bytes([c1, c2])))
        if v is not None:
            cp949ext[c1 << 8 | c2] = v
    cp949 = Map("cp949", "KS X 1001 (bit 15 clear) and CP949 (bit 15 set) codes by code point (`cp949`).", decode=False)
    for ch in bmp_chars():
        b = enc("cp949", ch)
        if b is not None and len(b) == 2:
            if b[0] >= 0xA1 and b[1] >= 0xA1:
                cp949[ord(ch)] = (b[0] & 0x7F) << 8 | (b[1] & 0x7F)
            else:
                cp949[ord(ch)] = b[0] << 8 | b[1]
    maps += [ksx1001, cp949ext, cp949]


# ---- Traditional Chinese and Hong Kong ----------------------------------------------------------

def gen_tw_hk(maps):
    big5 = Map("big5_dec", "Big5 by lead and trail byte (`_codecs_tw`'s `big5` decode map).")
    cp950 = Map("cp950ext_dec", "CP950's codes that differ from Big5 (`cp950ext` decode map).")
    hk = Map("big5hkscs_dec", "HKSCS codes by lead and trail byte, beyond what Big5 gives (`big5hkscs`).")
    for c1, c2 in all_pairs(range(0x80, 0x100), range(0x100)):
        data = bytes([c1, c2])
        b = one(dec("big5", data))
        if b is not None:
            big5[c1 << 8 | c2] = b
        v = one(dec("cp950", data))
        if v is not None and v != b:
            cp950[c1 << 8 | c2] = v
        try_big5 = c1 < 0xC6 or c1 > 0xC8 or (c1 == 0xC6 and c2 < 0xA1)
        v = one(dec("big5hkscs", data))
        if try_big5 and b is not None:
            assert v == b, data
        elif v is not None:
            hk[c1 << 8 | c2] = v
    big5e = Map("big5_enc", "Big5 codes by code point (`big5` encode map).", decode=False)
    cp950e = Map("cp950ext_enc", "CP950's codes that differ from Big5 by code point (`cp950ext`).", decode=False)
    hke = Map("big5hkscs_bmp", "HKSCS codes of BMP characters beyond Big5's (`big5hkscs_bmp`).", decode=False)
    for ch in bmp_chars():
        u = ord(ch)
        b = enc("big5", ch)
        if b is not None:
            big5e[u] = b[0] << 8 | b[1]
        v = enc("cp950", ch)
        if v is not None and v != b:
            cp950e[u] = v[0] << 8 | v[1]
        v = enc("big5hkscs", ch)
        if v is not None and v != b:
            hke[u] = v[0] << 8 | v[1]
    hkn = Map("big5hkscs_nonbmp", "HKSCS codes of plane 2 characters by their low 16 bits (`big5hkscs_nonbmp`).", decode=False)
    for u in range(0x20000, 0x30000):
        v = enc("big5hkscs", chr(u))
        if v is not None:
            hkn[u & 0xFFFF] = v[0] << 8 | v[1]
    maps += [big5, cp950, hk, big5e, cp950e, hke, hkn]


# ---- Japanese -----------------------------------------------------------------------------------

def sjis_bytes(c1, c2):
    """Shift_JIS bytes of plane-1 row/cell (c1, c2), both 0x21..0x7e."""
    r, c = c1 - 0x21, c2 - 0x21
    b1 = (r >> 1) + (0x81 if r >> 1 < 0x1F else 0xC1)
    t = c + (0x5E if r & 1 else 0)
    return bytes([b1, t + (0x40 if t < 0x3F else 0x41)])


def sjis2004_code(b1, b2):
    """(plane, row << 8 | cell) of Shift_JIS-2004 bytes, as CPython's decoder computes it, or None."""
    if not (0x81 <= b1 <= 0x9F or 0xE0 <= b1 <= 0xFC) or not (0x40 <= b2 <= 0x7E or 0x80 <= b2 <= 0xFC):
        return None
    c1 = b1 - 0x81 if b1 < 0xE0 else b1 - 0xC1
    c2 = b2 - 0x40 if b2 < 0x80 else b2 - 0x41
    c1 = 2 * c1 + (0 if c2 < 0x5E else 1)
    c2 = (c2 if c2 < 0x5E else c2 - 0x5E) + 0x21
    if c1 < 0x5E:
        return 1, (c1 + 0x21) << 8 | c2
    if c1 >= 0x67:
        c1 += 0x07
    elif c1 >= 0x63 or c1 == 0x5F:
        c1 -= 0x37
    else:
        c1 -= 0x3D
    return 2, c1 << 8 | c2


def gen_jp(maps):
    jisx0208 = Map("jisx0208", "JIS X 0208 by row and cell (`_codecs_jp`'s `jisx0208` decode map).")
    jisx0212 = Map("jisx0212", "JIS X 0212 by row and cell (`jisx0212` decode map).")
    for c1, c2 in all_pairs(range(0x21, 0x7F), range(0x21, 0x7F)):
        v = one(dec("euc_jp", bytes([c1 | 0x80, c2 | 0x80])))
        if v is not None:
            jisx0208[c1 << 8 | c2] = v
        v = one(dec("euc_jp", bytes([0x8F, c1 | 0x80, c2 | 0x80])))
        if v is not None:
            jisx0212[c1 << 8 | c2] = v
    common = Map("jisxcommon", "JIS X 0208 (bit 15 clear) and JIS X 0212 (bit 15 set) codes by code point (`jisxcommon`).", decode=False)
    for ch in bmp_chars():
        b = enc("euc_jp", ch)
        if b is None or b[0] == 0x8E:
            continue
        if len(b) == 2:
            common[ord(ch)] = (b[0] & 0x7F) << 8 | (b[1] & 0x7F)
        elif len(b) == 3:
            common[ord(ch)] = b[1] << 8 | (b[2] & 0x7F)
    cp932_dec = Map("cp932ext_dec", "CP932's two-byte codes beyond JIS X 0208 (`cp932ext` decode map).")
    for c1, c2 in all_pairs(list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD)), range(0x100)):
        v = one(dec("cp932", bytes([c1, c2])))
        if v is None:
            continue
        fallback = None
        if (0x81 <= c1 <= 0x9F or 0xE0 <= c1 <= 0xEA) and (0x40 <= c2 <= 0x7E or 0x80 <= c2 <= 0xFC):
            fallback = one(dec("shift_jis", bytes([c1, c2])))
            if (c1, c2) == (0x81, 0x5F):
                fallback = jisx0208.get(0x2140)
        elif 0xF0 <= c1 <= 0xF9 and (0x40 <= c2 <= 0x7E or 0x80 <= c2 <= 0xFC):
            fallback = 0xE000 + 188 * (c1 - 0xF0) + (c2 - 0x40 if c2 < 0x80 else c2 - 0x41)
        if v != fallback:
            cp932_dec[c1 << 8 | c2] = v
    cp932_enc = Map("cp932ext_enc", "CP932's codes that differ from JIS X 0208's by code point (`cp932ext`).", decode=False)
    for ch in bmp_chars():
        u = ord(ch)
        b = enc("cp932", ch)
        if b is None or len(b) != 2:
            continue
        code = common.get(u)
        if code is not None and not code & 0x8000:
            fallback = sjis_bytes(code >> 8, code & 0xFF)
        elif 0xE000 <= u < 0xE758:
            c1, c2 = divmod(u - 0xE000, 188)
            fallback = bytes([c1 + 0xF0, c2 + (0x40 if c2 < 0x3F else 0x41)])
        else:
            fallback = None
        if b != fallback:
            cp932_enc[u] = b[0] << 8 | b[1]
    plane1 = Map("jisx0213_1", "JIS X 0213:2004 plane 1 by row and cell: JIS X 0208, then `jisx0213_1_bmp`, `_emp` and `_pair`.")
    plane2 = Map("jisx0213_2", "JIS X 0213:2004 plane 2 by row and cell (`jisx0213_2_bmp` and `_emp`).")
    for b1, b2 in all_pairs(range(0x81, 0xFD), range(0x40, 0xFD)):
        key = sjis2004_code(b1, b2)
        if key is None:
            continue
        v = one(dec("shift_jis_2004", bytes([b1, b2])))
        if v is not None:
            (plane1 if key[0] == 1 else plane2)[key[1]] = v
    e213 = Map("jisx0213_bmp", "JIS X 0213:2004 codes (bit 15: plane 2) of BMP characters, JIS X 0208's included (`jisx0213_bmp` and `jisxcommon`).", decode=False)
    plane2_rows = {0x21, 0x23, 0x24, 0x25, 0x28, 0x2C, 0x2D, 0x2E, 0x2F} | set(range(0x6E, 0x7F))
    for ch in bmp_chars():
        if ch in "\uff3c\uff5e":
            continue
        b = enc("euc_jis_2004", ch)
        if b is None or b[0] == 0x8E:
            continue
        if len(b) == 2:
            e213[ord(ch)] = (b[0] & 0x7F) << 8 | (b[1] & 0x7F)
        elif len(b) == 3 and b[1] & 0x7F in plane2_rows:
            e213[ord(ch)] = b[1] << 8 | (b[2] & 0x7F)
    for ch in "\\~":
        b = enc("shift_jis_2004", ch)
        if b is not None and len(b) == 2:
            plane, key = sjis2004_code(b[0], b[1])
            e213[ord(ch)] = key | (0x8000 if plane == 2 else 0)
    pairs = sorted((v >> 16, v & 0xFFFF, k) for k, v in plane1.items.items() if v > 0x10FFFF)
    e213emp = Map("jisx0213_emp", "JIS X 0213:2004 codes of plane 2 (U+2xxxx) characters by their low 16 bits (`jisx0213_emp`).", decode=False)
    for u in range(0x20000, 0x30000):
        b = enc("euc_jis_2004", chr(u))
        if b is None:
            continue
        e213emp[u & 0xFFFF] = (b[0] & 0x7F) << 8 | (b[1] & 0x7F) if len(b) == 2 else b[1] << 8 | (b[2] & 0x7F)
    maps += [jisx0208, jisx0212, common, cp932_dec, cp932_enc, plane1, plane2, e213, e213emp]

    # JIS X 0213:2000 emulation (`emu_jisx0213_2000.h`): what euc_jisx0213 does differently.
    dec_diff, enc_diff = [], []
    for c1, c2 in all_pairs(range(0x21, 0x7F), range(0x21, 0x7F)):
        for data in (bytes([c1 | 0x80, c2 | 0x80]), bytes([0x8F, c1 | 0x80, c2 | 0x80])):
            new, old = dec("euc_jis_2004", data), dec("euc_jisx0213", data)
            if new != old:
                dec_diff.append((len(data) - 1, c1 << 8 | c2, 0 if old is None else ord(old)))
    for u in list(range(0x80, 0x10000)) + list(range(0x20000, 0x30000)):
        if 0xD800 <= u < 0xE000:
            continue
        new, old = enc("euc_jis_2004", chr(u)), enc("euc_jisx0213", chr(u))
        if new != old:
            code = 0 if old is None else ((old[0] & 0x7F) << 8 | (old[1] & 0x7F) if len(old) == 2 else old[1] << 8 | (old[2] & 0x7F))
            enc_diff.append((u, code))
    text = ("/// JIS X 0213's characters that combine with the next one: (first, second, plane-1 code)\n"
            "/// (`jisx0213_pair` encode map).\n"
            f"pub static JISX0213_PAIRS: [(u16, u16, u16); {len(pairs)}] = [{','.join(f'({a},{b},{c})' for a, b, c in pairs)}];\n"
            "/// JIS X 0213:2000 decoding (euc_jisx0213, shift_jisx0213, iso2022_jp_3) where it differs from\n"
            "/// 2004: (plane, row << 8 | cell, character or 0 for unmapped).\n"
            f"pub static JISX0213_2000_DECODE: [(u8, u16, u32); {len(dec_diff)}] = [{','.join(f'({a},{b},{c})' for a, b, c in dec_diff)}];\n"
            "/// JIS X 0213:2000 encoding where it differs from 2004: (character, code or 0 for unmapped).\n"
            f"pub static JISX0213_2000_ENCODE: [(u32, u16); {len(enc_diff)}] = [{','.join(f'({a},{b})' for a, b in enc_diff)}];\n")
    return text


def main():
    maps = []
    gen_cn(maps)
    ranges = gen_gb18030_ranges()
    gen_kr(maps)
    gen_tw_hk(maps)
    emu = gen_jp(maps)
    out = ["//! Generated by tools/gen_cjk_tables.py from CPython 3.14's CJK codecs: do not edit. Regenerate from\n"
           "//! the repository root with `../shared/tools/cpython3.14 tools/gen_cjk_tables.py`.\n\n",
           "use crate::Map;\n\n", ranges, "\n", emu]
    for m in maps:
        out.append("\n")
        out.append(m.rust())
    with open("cjk/src/tables.rs", "w") as f:
        f.write("".join(out))


main()
