# -*- coding: latin-1 -*-
# A source file declared and stored as Latin-1.
s = "café déjà vu"
print(s, len(s), s.encode("utf-8"))
print(ascii("µ±¿"))
