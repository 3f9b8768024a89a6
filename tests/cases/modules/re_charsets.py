# Character sets in every form the compiler emits (LITERAL, RANGE, CATEGORY, CHARSET, BIGCHARSET, NEGATE,
# RANGE_UNI_IGNORE) matched against characters below and above 256, with IGNORECASE, ASCII, LOCALE and bytes.
import re

text = "abc XYZ_09 \u00e9\u00c9\u00df \u0391\u03b1\u03c3\u03a3 \u212a\u017f\u0130 \u2028\u00a0\t\x1c-[]^\\ \U0001f600\u0660\u0966"
patterns = [
    r"[a-c]+", r"[^a-c\s]+", r"[\w]+", r"[\W]+", r"[\d]+", r"[\D]+", r"[\s]+", r"[\S]+",
    r"[\w.]+", r"[^\w.]+", r"[\[\]^\\-]+", r"[\u0391-\u03c9]+", r"[^\u0000-\u00ff]+",
    r"[\u00e9\u00df\u2028]", r"[k-mK]", r"[\U0001f600-\U0001f64f]", r"[0-9\u0660-\u0669]+",
    r"[^\x00-\x7f]", r"[a-z\u00e0-\u00ff]+",
]
for p in patterns:
    for flags in (0, re.IGNORECASE, re.ASCII, re.ASCII | re.IGNORECASE):
        print(p, int(flags), re.findall(p, text, flags))

btext = bytes(range(256))
for p in [rb"[a-f]+", rb"[^\x00-\x7f]+", rb"[\w]+", rb"[\s]+", rb"[^\w\s]+", rb"[\x80-\x9f\xfe]+"]:
    for flags in (0, re.IGNORECASE, re.LOCALE):
        print(p, int(flags), [m.span() for m in re.finditer(p, btext, flags)])

# Sets as the first item (the search scans with them), in REPEAT_ONE, MIN_REPEAT_ONE, BRANCH and lookarounds.
words = "alpha beta_2 GAMMA d\u00e9lta \u03c3\u03a3 K\u212a 12ab"
for p in [r"[a-z]\w*", r"[A-Z]+?\b", r"(?:[ab]|[gd])\w+", r"(?<=[ _])[a-z0-9]+", r"\b(?![bg])[a-z]+\b",
          r"[^\W\d]+", r"[k]+", r"(?i)[k]+", r"(?i)[\u03c3]+", r"(?i)[^a-z ]+", r"\b[a-z]+\b"]:
    print(p, re.findall(p, words), re.findall(p, words, re.IGNORECASE))
print(re.sub(r"[aeiou]", "#", "the quick brown fox", count=3), re.split(r"[\s,;]+", "a, b;c  d"))
print(re.fullmatch(r"[\w\-.]+@[\w\-]+(\.[\w\-]+)+", "first.last-x@sub.example.org").group(1))
