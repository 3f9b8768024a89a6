# pyexpat: ordered/specified attributes, namespace_prefixes, intern, ParserCreate arguments, attribute errors
import pyexpat

DOC = b"""<!DOCTYPE r [<!ATTLIST r d CDATA 'dflt' b CDATA 'bd'>]><r xmlns:p='urn:p' b='2' a='1' p:q='3'><p:a p:x='1'/></r>"""

for ordered in (False, True):
    for specified in (False, True):
        p = pyexpat.ParserCreate()
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        p.StartElementHandler = lambda *a: print(ordered, specified, a)
        p.Parse(DOC, True)

p = pyexpat.ParserCreate(namespace_separator=" ")
p.namespace_prefixes = True
p.ordered_attributes = True
p.StartElementHandler = lambda *a: print(a)
p.EndElementHandler = lambda *a: print("end", a)
p.Parse(DOC, True)
print(p.namespace_prefixes, p.ordered_attributes, p.specified_attributes)

p = pyexpat.ParserCreate(namespace_separator="")
p.StartElementHandler = lambda *a: print(a)
p.Parse(b"<p:r xmlns:p='urn:p'/>", True)

p = pyexpat.ParserCreate()
names = []
p.StartElementHandler = lambda n, a: names.append(n)
p.Parse(b"<r><item/><item/></r>", True)
print(names[1] is names[2], sorted(p.intern))
p = pyexpat.ParserCreate(intern=None)
print(p.intern)
d = {}
p = pyexpat.ParserCreate(intern=d)
p.Parse(b"<z/>", True)
print(d)

for kw in ({"namespace_separator": "ab"}, {"intern": 5}, {"encoding": 5}, {"namespace_separator": 5}):
    try:
        pyexpat.ParserCreate(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = pyexpat.ParserCreate()
for value in (0, -1, "x"):
    try:
        p.buffer_size = value
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p.buffer_size = 3
p.buffer_text = True
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(b"<r>abcdefg<x/>ab", False)
p.Parse(b"c</r>", True)
print(p.buffer_size, p.buffer_text)
p = pyexpat.ParserCreate()
print(p.StartElementHandler, p.GetReparseDeferralEnabled(), p.SetReparseDeferralEnabled(False), p.GetReparseDeferralEnabled())
print(p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_ALWAYS), p.GetInputContext())
p.StartElementHandler = lambda *a: None
p.StartElementHandler = None
print(p.StartElementHandler)
p.Parse(b"<r>", False)
try:
    p.UseForeignDTD()
except pyexpat.ExpatError as e:
    print(e, e.code)
class File:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda *a: print("file", a)
print(p.ParseFile(File(b"<r><s t='u'/></r>")))
try:
    pyexpat.ParserCreate().ParseFile(5)
except TypeError as e:
    print("TypeError", e)
