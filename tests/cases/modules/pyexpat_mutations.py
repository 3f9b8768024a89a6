# pyexpat: well-formedness of 1000 randomly mutated documents fed in random chunks (which are accepted,
# and that the rest fail with ExpatError rather than anything else)
import pyexpat
import random

random.seed(7)
base = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE r [<!ENTITY e "ent &#65;"><!ENTITY % p "x"><!ATTLIST r d CDATA "v"><!ELEMENT r (a|b)*><!NOTATION n SYSTEM "s">]>
<r xmlns:p="urn:p" a='1'>t&e;<p:b p:c="&amp;"/><![CDATA[x]]]]><!--c--><?p d?>\u00e9\r\n</r>""".encode()
alphabet = b"<>&;#x/![]?=\"' \n\rabpr:%\xc3\xa9\xff\x00-"
accepted = []
failures = {}
for it in range(1000):
    doc = bytearray(base)
    for _ in range(random.randint(1, 4)):
        op = random.random()
        pos = random.randrange(len(doc) + 1)
        if op < 0.4 and doc:
            del doc[min(pos, len(doc) - 1)]
        elif op < 0.8:
            doc[pos:pos] = bytes([random.choice(alphabet)])
        else:
            doc = doc[:pos]
    sizes = [random.randint(1, 9) for _ in range(len(doc))]
    p = pyexpat.ParserCreate(namespace_separator=" " if it % 2 else None)
    p.buffer_text = it % 3 == 0
    for h in ("StartElementHandler", "CharacterDataHandler", "DefaultHandler", "EntityDeclHandler", "SkippedEntityHandler"):
        if random.random() < 0.5:
            setattr(p, h, lambda *a: None)
    try:
        i = 0
        while i < len(doc):
            p.Parse(bytes(doc[i:i + sizes[i]]), False)
            i += sizes[i]
        p.Parse(b"", True)
        accepted.append(it)
    except (pyexpat.ExpatError, LookupError) as e:
        failures[type(e).__name__] = failures.get(type(e).__name__, 0) + 1
print(len(accepted), failures)
print(accepted)
