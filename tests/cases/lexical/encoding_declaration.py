# -*- coding: utf-8 -*-
# An encoding declaration on line 1 and non-ASCII source text.
s = "naïve café – “quotes” ✓"
print(s, len(s), len(s.encode("utf-8")))
print("日本語", "עברית", "العربية", "🐍🦀")
print("combining e\u0301", len("e\u0301"), "e\u0301" == "é")
print(ascii(s))
