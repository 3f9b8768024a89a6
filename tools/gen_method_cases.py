"""Write objects/tests/data/*.cases: calls of str/bytes/int/float methods, format() and %-formatting
with the reference's results, for objects/tests/reference_cases.rs. Run with the reference interpreter:

    ../shared/tools/cpython3.14 tools/gen_method_cases.py

Line format: `op<TAB>receiver<TAB>arg...<TAB>=><TAB>expected`; values are typed `s:` str, `i:` int,
`f:` float (repr), `n:` None, `B:` bool, `b:` bytes (hex), `l:`/`t:` list/tuple (items joined by
\\x1d), `d:` dict (key \\x1c value, joined by \\x1d); text fields escape everything outside
printable ASCII, and backslash, as \\UXXXXXXXX. `expected` is repr(result) or `!Type: message`.
`op` is a method name, `%` (receiver % tuple(args)), `%1` (receiver % arg), `@format` (format(receiver, arg)).
"""
import random

random.seed(3141)


def esc(s):
    return "".join(c if 0x20 <= ord(c) < 0x7F and c != "\\" else "\\U%08x" % ord(c) for c in s)


def enc(v):
    if v is None:
        return "n:"
    if isinstance(v, bool):
        return "B:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + repr(v)
    if isinstance(v, str):
        return "s:" + esc(v)
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, list):
        return "l:" + "\x1d".join(enc(x) for x in v)
    if isinstance(v, tuple):
        return "t:" + "\x1d".join(enc(x) for x in v)
    if isinstance(v, dict):
        return "d:" + "\x1d".join(enc(k) + "\x1c" + enc(x) for k, x in v.items())
    raise TypeError(v)


def run(op, recv, args):
    if op == "%":
        return recv % tuple(args)
    if op == "%1":
        return recv % args[0]
    if op == "@format":
        return format(recv, args[0])
    return getattr(recv, op)(*args)


def case(op, recv, *args):
    try:
        r = repr(run(op, recv, args))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, e)
    return "\t".join([op, enc(recv)] + [enc(a) for a in args] + ["=>", esc(r)])


STRS = ["", "a", "abc", "Hello World", "hello world", "  padded  ", "\t tab\tbed\n", "ǅungla", "ΣΑΣ ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
        "ß straße", "ﬁnance", "İstanbul", "a\u0345\u03a3", "A.Σ", "A\u00adΣb", "12", "١٢٣", "½", "²", "一二", "x\u0300y",
        "line1\nline2\r\nline3\rline4\x0bv\x0cf\x1cfs\x85nel\u2028ls", "a,b,,c,", "_id", "1abc", "ab cd", "\x00\x7f",
        "\udc80x", "MiXeD cAsE 123", "they're bill's friends", "-42", "+7", "𝐀𝐁𝐂", "Ⅻ", "ﾃｽﾄ", "\u2167", "ABC", "aBC"]
CASE_METHODS = ["lower", "upper", "casefold", "swapcase", "capitalize", "title", "isalpha", "isdecimal", "isdigit",
                "isnumeric", "isalnum", "isspace", "isascii", "isprintable", "isidentifier", "islower", "isupper",
                "istitle", "splitlines", "split", "rsplit", "strip", "lstrip", "rstrip", "__len__"]
lines = []
for s in STRS:
    for m in CASE_METHODS:
        lines.append(case(m, s))
    lines.append(case("splitlines", s, True))
    for w in [-1, 0, 3, 8, 15]:
        lines.append(case("center", s, w))
        lines.append(case("center", s, w, "*"))
        lines.append(case("ljust", s, w, "-"))
        lines.append(case("rjust", s, w))
        lines.append(case("zfill", s, w))
    for sep in ["a", "l", ",", "Σ", "", "ab", " "]:
        lines.append(case("partition", s, sep))
        lines.append(case("rpartition", s, sep))
        lines.append(case("split", s, sep))
        lines.append(case("rsplit", s, sep, 1))
        lines.append(case("count", s, sep))
        lines.append(case("find", s, sep, 1))
        lines.append(case("rfind", s, sep, 0, -1))
        lines.append(case("index", s, sep))
        lines.append(case("removeprefix", s, sep))
        lines.append(case("removesuffix", s, sep))
        lines.append(case("startswith", s, sep, 1))
        lines.append(case("endswith", s, sep))
        lines.append(case("strip", s, sep))
        lines.append(case("replace", s, sep, "<>"))
        lines.append(case("replace", s, sep, "", 1))
    for t in [0, 1, 4, 8]:
        lines.append(case("expandtabs", s, t))
    lines.append(case("split", s, None, 1))
    lines.append(case("rsplit", s, None, 1))
    lines.append(case("translate", s, {ord("a"): "AA", ord("l"): None, ord("Σ"): 0x41}))
for bad in [("center", "ab", 5, "xy"), ("center", "ab", 5, 1), ("ljust", "ab", 5, ""), ("zfill", "ab", "3"),
            ("partition", "ab", 1), ("removeprefix", "ab", 1), ("expandtabs", "a\tb", 2.0), ("splitlines", "a", 1.5),
            ("splitlines", "a\nb", 2), ("maketrans", "", "ab", "a"), ("maketrans", "", 1), ("maketrans", "", {"ab": 1}),
            ("maketrans", "", {1.5: 1}), ("maketrans", "", "ab", "cd", "e"), ("maketrans", "", "ab", 1),
            ("translate", "abc", {97: 2**40}), ("translate", "abc", {97: 1.5}), ("count", "abc", 1), ("find", "a", "a", 1.5),
            ("startswith", "ab", 1), ("startswith", "ab", ("x", 1)), ("join", ",", ["a", 1]), ("strip", "ab", 1),
            ("split", "a b", 1), ("replace", "ab", 1, "x"), ("encode", "ab", 1)]:
    lines.append(case(*bad))

FIELDS = ["{}", "{0}", "{1}", "{}{}", "{0}{}", "{}{0}", "{a}", "{0.real}", "{0[0]}", "{2[1]}", "{0!r}", "{0!s}", "{0!a}",
          "{0!x}", "{0!}", "{0!rr}", "{0:>{1}}", "{:{}}", "{0:{1}{2}}", "{0:{1:{2}}}", "{{}}", "}}{{", "{", "}", "a}b",
          "{0", "{0[}", "{0[0]x}", "{0.}", "{0[]}", "{0:}", "{!r}", "{99999999999999999999}", "{0:d}", "{0:x}", "{0.foo}",
          "{0[1][0]}", "{a.b}", "{0:{{}}}", "{0:{1}}", "{:>10}{:<5}", "{0!r:^12}", "{{{0}}}", "{0:{1}.{2}}", "{ 0 }",
          "{0}{1}{2}{3}", "{0[-1]}", "{0[a]}", "{\u00e9}"]
ARGSETS = [(3, 7, "ab"), ("xyz", 5, "pq"), (3.5, 8, 2), ("\u00e9", "<", 6, "x")]
for f in FIELDS:
    for a in ARGSETS:
        lines.append(case("format", f, *a))
    lines.append(case("format_map", f, {"a": 1, "0": 2}))

INTS = [0, 1, -1, 7, -42, 255, 1234567, -987654321, 2**64 + 1, -(2**100), True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 3.14159, 1e16, 1.5e-7, 123456.789, 1e300, 2.5, 0.1, float("inf"), float("-inf"),
          float("nan"), 1e22, 9.999999, 5e-324]
INT_SPECS = ["", "d", "5", "<5", ">8", "^9", "=+8", "+", "-", " ", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "c", "n",
             ",", "_", "_x", "_b", ",d", "010", "08,", "#010x", "e", ".2f", "%", "g", ".3", ".2d", ",x", "z", "zd", "*^+#12_x",
             "=10,", "0=10", "x<10", "\u00e9>6", "s", "10.3e", ",.2f", ".0%", "#o", "=", "<"]
FLOAT_SPECS = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "#.3g", "G", "n", ".3n", "%", ".1%",
               "10.2f", "<10", "^12.3", "+", " ", ",", "_", ",.2f", "_.3f", ".2f,", ".3f_", ".6f_", "010.2f", "z.1f",
               "z", "zg", ".0e", "#.0e", "#", "#.3", ".3", ".20", ".17g", "d", "x", "c", "s", "=+12.3f", "0>12", "-.1f",
               ".50f", "12", "r", "_g", ",e", "015,.2f"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^7", "*^8", ".2", "10.3", "=5", "+", "d", ",", "_", "#", "05", "z", "c", "r"]
for i in INTS:
    for sp in INT_SPECS:
        lines.append(case("@format", i, sp))
for f in FLOATS:
    for sp in FLOAT_SPECS:
        lines.append(case("@format", f, sp))
for s in ["", "abc", "h\u00e9llo", "ΣΣ"]:
    for sp in STR_SPECS:
        lines.append(case("@format", s, sp))

PCT = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%e", "%.2e",
       "%E", "%f", "%.0f", "%#.0f", "%F", "%g", "%#g", "%G", "%c", "%r", "%s", "%a", "%%", "%.3s", "%10.4f", "%-10s|",
       "%(a)s", "%*d", "%.*f", "%", "%z", "%5", "%ld", "%hd", "%.3d", "%#5.3x", "%+.2e", "%c%c"]
PCTARGS = [5, -3, 3.75, "str", 65, 2**70, -0.0, float("inf")]
for fmt in PCT:
    for a in PCTARGS:
        lines.append(case("%1", fmt, a))
    lines.append(case("%", fmt, 8, 2.5))
    lines.append(case("%", fmt))
    lines.append(case("%1", fmt, {"a": "A"}))
    lines.append(case("%", fmt + " %s", 1, 2, 3))

BYTES = [b"", b"a", b"Hello World", b"  pad  \t\n", b"a,b,,c,", b"line1\nline2\r\nl3\rl4", b"\x00\xff\x80",
         b"they're bill's", b"-42", b"+7", b"ABC", b"aBc", b"x\ty\tz"]
BYTES_NOARG = ["lower", "upper", "swapcase", "capitalize", "title", "isalnum", "isalpha", "isascii", "isdigit",
               "islower", "isupper", "istitle", "isspace", "splitlines", "split", "rsplit", "strip", "hex"]
for s in BYTES:
    for m in BYTES_NOARG:
        lines.append(case(m, s))
    lines.append(case("splitlines", s, True))
    lines.append(case("hex", s, ":"))
    lines.append(case("hex", s, "-", 2))
    lines.append(case("hex", s, b" ", -2))
    lines.append(case("expandtabs", s, 4))
    for w in [-1, 3, 12]:
        lines.append(case("center", s, w, b"*"))
        lines.append(case("ljust", s, w))
        lines.append(case("rjust", s, w, b"-"))
        lines.append(case("zfill", s, w))
    for sep in [b"a", b"l", b",", b"", b"\r\n", 108]:
        lines.append(case("partition", s, sep))
        lines.append(case("rpartition", s, sep))
        lines.append(case("split", s, sep))
        lines.append(case("rsplit", s, sep, 1))
        lines.append(case("count", s, sep))
        lines.append(case("find", s, sep, 1))
        lines.append(case("rfind", s, sep))
        lines.append(case("index", s, sep))
        lines.append(case("rindex", s, sep))
        lines.append(case("startswith", s, sep))
        lines.append(case("endswith", s, sep, 0, 5))
        lines.append(case("strip", s, sep))
        lines.append(case("replace", s, sep, b"<>"))
        lines.append(case("removeprefix", s, sep))
        lines.append(case("removesuffix", s, sep))
    lines.append(case("translate", s, bytes(range(255, -1, -1)), b"l"))
    lines.append(case("translate", s, None, b"aeiou"))
    lines.append(case("join", s, [b"x", b"yy", b"z"]))
for bad in [("center", b"a", 5, b"xy"), ("center", b"a", 5, "x"), ("split", b"a", "x"), ("find", b"a", "a"),
            ("find", b"a", 300), ("startswith", b"a", "a"), ("startswith", b"a", (b"a", 1)), ("join", b",", [b"a", 1]),
            ("translate", b"a", b"ab"), ("maketrans", b"", b"ab", b"c"), ("maketrans", b"", b"ab", b"cd"),
            ("fromhex", b"", "0a ff"), ("fromhex", b"", "0a f"), ("fromhex", b"", "0ag0"), ("fromhex", b"", " 1 2"),
            ("fromhex", b"", 5), ("fromhex", b"", b"ab cd"), ("hex", b"ab", "::"), ("hex", b"ab", "\u00e9"),
            ("partition", b"a", b""), ("replace", b"abc", b"", b"-"), ("strip", b"a", "a"), ("split", b"a b", b"")]:
    lines.append(case(*bad))

BPCT = [b"%s", b"%b", b"%r", b"%a", b"%c", b"%d", b"%5.2f", b"%x", b"%-4s|", b"%%", b"%(a)s", b"%y"]
for fmt in BPCT:
    for a in [5, b"xy", "str", 65, 300, 2.5, b"\xff"]:
        lines.append(case("%1", fmt, a))
    lines.append(case("%1", fmt, {b"a": b"A"}))
for f in FLOATS + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.1]:
    lines.append(case("hex", f))
    lines.append(case("is_integer", f))
    lines.append(case("as_integer_ratio", f))
    for nd in [0, 1, 2, -1, 5]:
        lines.append(case("__round__", f, nd))
    lines.append(case("__round__", f))
for i in INTS:
    for nd in [-1, -2, 0, 3]:
        lines.append(case("__round__", i, nd))
    lines.append(case("to_bytes", i, 9, "big", True))
    lines.append(case("to_bytes", i, 2, "little"))
    lines.append(case("bit_length", i))
    lines.append(case("as_integer_ratio", i))

import struct

for i in range(1500):
    f = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    g = random.uniform(-1e6, 1e6) if i % 2 else random.random() * 10.0 ** random.randint(-30, 30)
    for x in (f, g):
        lines.append(case("__repr__", x))
        if x == x and abs(x) != float("inf"):
            lines.append(case("__round__", x, random.randint(-5, 8)))

with open("objects/tests/data/methods.cases", "w") as f:
    f.write("\n".join(lines) + "\n")
