# pyexpat: Parse across arbitrary chunk boundaries, buffer_text, str input, UTF-16/latin-1/us-ascii and codec encodings
import pyexpat

DOC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE r [<!ENTITY e "entity text"><!ATTLIST r d CDATA "dflt">]>
<r a="1 &amp; 2">caf\u00e9 &e; \u20ac\U0001F600<![CDATA[cdata ]] > text]]><x y='z'/>tail\r\nline\rlast<!-- c --><?pi d?></r>
""".encode("utf-8")

def events(chunks, buffer_text=False, **kw):
    p = pyexpat.ParserCreate(**kw)
    p.buffer_text = buffer_text
    out = []
    p.StartElementHandler = lambda n, a: out.append(("start", n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append(("end", n))
    p.CharacterDataHandler = lambda d: out.append(("chars", d))
    p.CommentHandler = lambda d: out.append(("comment", d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
    for c in chunks[:-1]:
        p.Parse(c, False)
    p.Parse(chunks[-1], True)
    return out

def merged(evs):
    out = []
    for e in evs:
        if out and e[0] == "chars" and out[-1][0] == "chars":
            out[-1] = ("chars", out[-1][1] + e[1])
        else:
            out.append(e)
    return out

whole = events([DOC])
for e in whole:
    print(e)
for size in (1, 2, 3, 5, 7, 64):
    chunks = [DOC[i:i + size] for i in range(0, len(DOC), size)]
    print(size, merged(events(chunks)) == merged(whole))
print(events([DOC], buffer_text=True) == merged(whole))

p = pyexpat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(b"<r>ab\ncd&amp;e", False)
print("used", p.buffer_used, p.buffer_size)
p.Parse(b"f</r>", True)
p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(b"<r>ab\n\ncd&amp;e", False)
p.Parse(b"f</r>", True)

for enc in ("utf-16", "utf-16-le", "utf-16-be"):
    text = '<?xml version="1.0" encoding="%s"?><r>\u00e9\u20ac</r>' % ("utf-16" if enc == "utf-16" else enc)
    data = text.encode(enc)
    if enc != "utf-16":
        data = data if enc.endswith("be") else data
    try:
        print(enc, merged(events([data])))
    except (pyexpat.ExpatError, ValueError) as e:
        print(enc, type(e).__name__, e)
print(merged(events(['<?xml version="1.0" encoding="iso-8859-1"?><r>\xe9\xff</r>'.encode("latin-1")])))
print(merged(events(['<?xml version="1.0" encoding="windows-1252"?><r>\u20ac\u2019</r>'.encode("cp1252")])))
print(merged(events([b"<r>\xe9</r>"], encoding="iso-8859-1")))
try:
    events([b'<?xml version="1.0" encoding="us-ascii"?><r>\xe9</r>'])
except pyexpat.ExpatError as e:
    print("ascii:", e)
try:
    events([b'<?xml version="1.0" encoding="no-such-codec"?><r/>'])
except LookupError as e:
    print("unknown:", type(e).__name__, e)
print(merged(events(["<r>str input \u00e9\u20ac</r>"])))
p = pyexpat.ParserCreate()
p.CharacterDataHandler = print
p.Parse("<r>é", False)
p.Parse(b"\xc3", False)
p.Parse(b"\xa9</r>", True)
