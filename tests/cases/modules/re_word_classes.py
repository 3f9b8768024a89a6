# \w, \W, \d, \D and \b over ASCII and non-ASCII text, str and bytes patterns, with and without ASCII.
import re

text = "abc_123 d\u00e9j\u00e0 \u0661\u0662\u0663 \u00b2 \u2167 \u4e2d\u6587 x-y\tz\u00a0w caf\u00e9_1 \U0001d7d8 \u0300a"
for pattern in (r"\w+", r"\W+", r"\d+", r"\D+", r"\b\w", r"\w\b", r"[\w.]+", r"[^\w\s]+", r"[\d_]+"):
    print(pattern, re.findall(pattern, text), re.findall(pattern, text, re.ASCII))
raw = text.encode("utf-8", "surrogatepass")
print(re.findall(rb"\w+", raw)[:6], re.findall(rb"\d+", raw))
print(re.sub(r"\w", "*", "a\u00e9_\u0661 b"), re.split(r"\W+", "one, two\u00a0three\u3000four"))
