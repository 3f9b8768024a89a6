"""Write unicode/src/ucd_tables.rs: the Unicode Character Database behind Ouro's `unicodedata`
module (Unicode 16.0.0 and the 3.2.0 view `ucd_3_2_0`), read code point by code point from the
reference interpreter's own `unicodedata`, so Ouro agrees with it exactly.

Character names come from the `unicode_names2` crate at run time; this file records which code
points have a name in each version and the algorithmic CJK ranges. Name aliases and named
sequences cannot be listed through `unicodedata`, so candidate names are read from the
NameAliases.txt / NamedSequences.txt files given on the command line (the `unicode_names2`
crate's copy, perl's `unicore/`; copy them under /tmp first, the reference sees only /work,
/tmp and /root) and only those the reference's `lookup` accepts are kept. Run from the
repository root:

    ../shared/tools/cpython3.14 tools/gen_unicode_data.py /tmp/NameAliases.txt /tmp/NamedSequences.txt
"""
import sys
import unicodedata as ucd16

ucd32 = ucd16.ucd_3_2_0
MAX = 0x110000
UNNAMED_CATEGORIES = {"Cn", "Cc", "Co", "Cs"}


def index_of(values, value):
    """The index of value in the growing list values (appended when new)."""
    try:
        return values.index(value)
    except ValueError:
        values.append(value)
        return len(values) - 1


def split_blocks(data, shift):
    """Cuts data into blocks of 1 << shift values, equal blocks shared: (block per slot, pool)."""
    size = 1 << shift
    blocks, index, pool = {}, [], []
    for start in range(0, len(data), size):
        block = tuple(data[start:start + size])
        if block not in blocks:
            blocks[block] = len(blocks)
            pool.extend(block)
        index.append(blocks[block])
    return index, pool


def text_size(values):
    return sum(len(str(v)) + 2 for v in values)


def split_three_level(data):
    """The (shift1, shift2, top, middle, bottom) that make the three tables' source smallest."""
    best = None
    for shift1 in range(3, 9):
        middle_of, bottom = split_blocks(data, shift1)
        for shift2 in range(2, 9):
            top, middle = split_blocks(middle_of, shift2)
            cost = text_size(top) + text_size(middle) + text_size(bottom)
            if best is None or cost < best[0]:
                best = (cost, shift1, shift2, top, middle, bottom)
    return best[1:]


def ranges_of(points):
    out = []
    for cp in points:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


CATEGORIES, BIDI, EAW, TAGS, NUMERICS = ["Cn"], [""], ["N"], [""], []
records = []
record_index = {}


def record_of(ucd, ch, quick_check):
    cp = ord(ch)
    numeric = ucd.numeric(ch, None)
    decimal = ucd.decimal(ch, None)
    digit = ucd.digit(ch, None)
    rec = (
        index_of(CATEGORIES, ucd.category(ch)),
        index_of(BIDI, ucd.bidirectional(ch)),
        index_of(EAW, ucd.east_asian_width(ch)),
        ucd.mirrored(ch),
        ucd.combining(ch),
        quick_check,
        0 if numeric is None else 1 + index_of(NUMERICS, numeric),
        (15 if decimal is None else decimal) << 4 | (15 if digit is None else digit),
    )
    assert 0 <= rec[4] < 256 and len(NUMERICS) < 255, hex(cp)
    if rec not in record_index:
        record_index[rec] = len(records)
        records.append(rec)
    return record_index[rec]


# Quick-check values (UAX #15): 0 yes, 1 maybe, 2 no, two bits each at NFD 0, NFKD 2, NFC 4, NFKC 6.
# "Maybe" marks the characters that can combine with a preceding one: the second halves of
# primary composites and the Hangul vowels and trailing consonants.
composes_backward = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
pairs = []
for cp in range(MAX):
    d = ucd16.decomposition(chr(cp)).split()
    if len(d) == 2 and not d[0].startswith("<"):
        a, b = int(d[0], 16), int(d[1], 16)
        if ucd16.normalize("NFC", chr(a) + chr(b)) == chr(cp):
            pairs.append((a, b, cp))
            composes_backward.add(b)


def quick_check(ch):
    qc = 0
    for shift, form in ((0, "NFD"), (2, "NFKD"), (4, "NFC"), (6, "NFKC")):
        if ucd16.normalize(form, ch) != ch:
            qc |= 2 << shift
        elif shift >= 4 and ord(ch) in composes_backward:
            qc |= 1 << shift
    return qc


index16, index32 = [], []
decomp_data = [0]
decomp_index = []
named16, named32 = [], []
cjk = []
corrections = []
for cp in range(MAX):
    ch = chr(cp)
    index16.append(record_of(ucd16, ch, quick_check(ch)))
    index32.append(record_of(ucd32, ch, 0))
    cat16, cat32 = ucd16.category(ch), ucd32.category(ch)

    d = ucd16.decomposition(ch)
    d32 = ucd32.decomposition(ch)
    assert d32 == ("" if cat32 == "Cn" else d), hex(cp)
    if d:
        parts = d.split()
        tag = parts.pop(0) if parts[0].startswith("<") else ""
        decomp_index.append(len(decomp_data))
        decomp_data.append(index_of(TAGS, tag) | len(parts) << 8)
        decomp_data.extend(int(p, 16) for p in parts)
    else:
        decomp_index.append(0)

    n16, n32 = ucd16.name(ch, None), ucd32.name(ch, None)
    assert n32 in (None, n16), hex(cp)
    if (n16 is not None) != (cat16 not in UNNAMED_CATEGORIES):
        named16.append(cp)
    if (n32 is not None) != (cat32 not in UNNAMED_CATEGORIES):
        named32.append(cp)
    if n16 == f"CJK UNIFIED IDEOGRAPH-{cp:X}":
        cjk.append(cp)

    if cat32 != "Cn" and ucd32.normalize("NFD", ch) != ucd16.normalize("NFD", ch):
        old = ucd32.normalize("NFD", ch)
        assert len(old) == 1, hex(cp)
        corrections.append((cp, ord(old)))

assert len(decomp_data) < 65536 and len(records) < 65536

aliases = []
sequences = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split("#")[0].split(";")
            if len(fields) == 3:  # NameAliases.txt: code point; alias; type
                name = fields[1].strip()
                try:
                    ch = ucd16.lookup(name)
                except KeyError:
                    continue
                if ch == chr(int(fields[0], 16)) and name != ucd16.name(ch, None):
                    aliases.append((name, ord(ch)))
            elif len(fields) == 2:  # NamedSequences.txt: name; code points
                name = fields[0].strip()
                try:
                    seq = ucd16.lookup(name)
                except KeyError:
                    continue
                if len(seq) > 1:
                    sequences.append((name, [ord(c) for c in seq]))
aliases = sorted(set(aliases))
sequences = sorted({(n, tuple(s)) for n, s in sequences})
for name, _ in aliases + sequences:
    try:
        ucd32.lookup(name)
        raise AssertionError(name)
    except KeyError:
        pass

out = [
    "//! Generated by tools/gen_unicode_data.py from CPython 3.14's `unicodedata` (Unicode 16.0.0 and",
    "//! `ucd_3_2_0`): do not edit.",
    "",
]


def emit_array(name, doc, ty, values, per_line=24):
    out.append(f"/// {doc}")
    out.append(f"pub static {name}: [{ty}; {len(values)}] = [")
    for i in range(0, len(values), per_line):
        out.append("    " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("];")
    out.append("")


def emit_strs(name, doc, values):
    out.append(f"/// {doc}")
    out.append(f"pub static {name}: [&str; {len(values)}] = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in values)}];")
    out.append("")


def emit_ranges(name, doc, points):
    rs = ranges_of(points)
    emit_array(name, doc + " Inclusive (first, last) pairs.", "u32", [x for r in rs for x in r], 16)


emit_strs("CATEGORY_NAMES", "General category names, indexed by `Record::category`.", CATEGORIES)
emit_strs("BIDI_NAMES", "Bidirectional class names, indexed by `Record::bidirectional` (0: none).", BIDI)
emit_strs("EAW_NAMES", "East Asian width names, indexed by `Record::east_asian_width`.", EAW)
emit_strs("DECOMP_TAGS", "Decomposition tags, indexed by a decomposition header's low byte.", TAGS)
out.append("/// Numeric values, indexed by `Record::numeric` - 1.")
out.append(f"pub static NUMERIC_VALUES: [f64; {len(NUMERICS)}] = [")
for i in range(0, len(NUMERICS), 8):
    out.append("    " + ", ".join(repr(float(v)) + ("" if "." in repr(float(v)) or "e" in repr(float(v)) else ".0") for v in NUMERICS[i:i + 8]) + ",")
out += ["];", ""]

out.append("/// Property records: category, bidirectional, east_asian_width, mirrored, combining,")
out.append("/// quick_check, numeric, decimal << 4 | digit (15: none).")
out.append(f"pub static RECORDS: [[u8; 8]; {len(records)}] = [")
for i in range(0, len(records), 6):
    out.append("    " + " ".join("[" + ", ".join(str(x) for x in r) + "]," for r in records[i:i + 6]))
out += ["];", ""]

shift1, shift2, top, middle, bottom = split_three_level(index16)
out.append("/// Code points per block of `RECORD_BLOCKS` (log2).")
out.append(f"pub const RECORD_SHIFT: u32 = {shift1};")
out.append("/// Blocks per group of `RECORD_GROUPS` (log2).")
out.append(f"pub const RECORD_GROUP_SHIFT: u32 = {shift2};")
out.append("")
emit_array("RECORD_TOP", "Group of `RECORD_GROUPS` for each code point >> (RECORD_SHIFT + RECORD_GROUP_SHIFT).", "u16", top)
emit_array("RECORD_GROUPS", "Block of `RECORD_BLOCKS` for each block of each group.", "u16", middle)
emit_array("RECORD_BLOCKS", "Index into `RECORDS` for each code point of each block.", "u16", bottom)


def unassigned_in_3_2_0(rec):
    """How CPython derives the record of a code point that Unicode 3.2.0 did not assign but 16.0
    does: category Cn, no bidirectional class, mirroring, combining class, decimal or numeric
    value, East Asian width N; the digit value stays."""
    return (0, 0, 0, 0, 0, 0, 0, 15 << 4 | rec[7] & 15)


unassigned32, changed32 = [], []
for cp in range(MAX):
    r16, r32 = records[index16[cp]], records[index32[cp]]
    if r32[0] == 0 and r16[0] != 0:
        unassigned32.append(cp)
        predicted = unassigned_in_3_2_0(r16)
    else:
        predicted = r16[:5] + (0,) + r16[6:]
    if r32 != predicted:
        changed32.append((cp, index32[cp]))
emit_ranges("UNASSIGNED_3_2_0", "Code points Unicode 16.0.0 assigns and 3.2.0 did not.", unassigned32)
emit_array("CHANGED_3_2_0", "Unicode 3.2.0's other differences: (code point, index into `RECORDS`) pairs, sorted.", "u32", [x for t in changed32 for x in t], 16)

dshift1, dshift2, dtop, dmiddle, dbottom = split_three_level(decomp_index)
out.append("/// Code points per block of `DECOMP_BLOCKS` (log2).")
out.append(f"pub const DECOMP_SHIFT: u32 = {dshift1};")
out.append("/// Blocks per group of `DECOMP_GROUPS` (log2).")
out.append(f"pub const DECOMP_GROUP_SHIFT: u32 = {dshift2};")
out.append("")
emit_array("DECOMP_TOP", "Group of `DECOMP_GROUPS` for each code point >> (DECOMP_SHIFT + DECOMP_GROUP_SHIFT).", "u16", dtop)
emit_array("DECOMP_GROUPS", "Block of `DECOMP_BLOCKS` for each block of each group.", "u16", dmiddle)
emit_array("DECOMP_BLOCKS", "Index into `DECOMP_DATA` for each code point of each block (0: none).", "u16", dbottom)
emit_array(
    "DECOMP_DATA",
    "Decompositions: a header (tag index | length << 8), then the code points.",
    "u32",
    decomp_data,
    16,
)

emit_array("COMPOSITIONS", "Primary composites as (first, second, composite) triples, sorted by pair.", "u32", [x for t in sorted(pairs) for x in t], 18)
emit_array("CORRECTIONS_3_2_0", "Unicode 3.2.0's decompositions corrected since: (code point, old mapping) pairs.", "u32", [x for t in corrections for x in t])


emit_ranges("CJK_UNIFIED", "Code points named `CJK UNIFIED IDEOGRAPH-XXXX`.", cjk)
emit_ranges("NAME_EXCEPTIONS", "Unicode 16.0.0: code points whose having a name differs from \"category is not Cn, Cc, Co or Cs\".", named16)
emit_ranges("NAME_EXCEPTIONS_3_2_0", "Unicode 3.2.0: the same for its categories.", named32)

out.append("/// Name aliases (NameAliases.txt) that `lookup` accepts, sorted.")
out.append(f"pub static ALIASES: [(&str, u32); {len(aliases)}] = [")
out += [f'    ("{n}", {cp:#x}),' for n, cp in aliases]
out += ["];", ""]
out.append("/// Named character sequences that `lookup` accepts, sorted.")
out.append(f"pub static NAMED_SEQUENCES: [(&str, &[u32]); {len(sequences)}] = [")
out += [f'    ("{n}", &[{", ".join(hex(c) for c in s)}]),' for n, s in sequences]
out += ["];", ""]

with open("unicode/src/ucd_tables.rs", "w") as f:
    f.write("\n".join(out))
print(len(records), "records;", shift1, shift2, len(top), len(middle), len(bottom), "record index;", len(changed32), "changed in 3.2;",
      dshift1, dshift2, len(dtop), len(dmiddle), len(dbottom), len(decomp_data), "decomp;",
      len(pairs), "compositions;", len(corrections), "corrections;", len(aliases), "aliases;", len(sequences), "sequences;",
      len(named16), len(named32), "name exceptions")
