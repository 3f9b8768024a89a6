# pyexpat: every handler with its arguments and the position reported while it runs
import pyexpat

HANDLERS = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler", "ProcessingInstructionHandler",
            "CommentHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "StartCdataSectionHandler",
            "EndCdataSectionHandler", "XmlDeclHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
            "EntityDeclHandler", "NotationDeclHandler", "UnparsedEntityDeclHandler", "SkippedEntityHandler",
            "ElementDeclHandler", "AttlistDeclHandler", "DefaultHandlerExpand"]

def show(doc, **kw):
    p = pyexpat.ParserCreate(**kw)
    events = []
    for h in HANDLERS:
        setattr(p, h, (lambda h: lambda *a: events.append((h[:-7], p.CurrentLineNumber, p.CurrentColumnNumber) + a))(h))
    try:
        print("result", p.Parse(doc, True))
    except pyexpat.ExpatError as e:
        events.append(str(e))
    for e in events:
        print(e)
    print("--")

show(b"""<?xml version='1.0' encoding='utf-8' standalone='yes'?>
<!DOCTYPE r PUBLIC 'pub' "sys" [
<!ELEMENT r (a|b)*>
<!ELEMENT a (#PCDATA|b)*>
<!ELEMENT b EMPTY>
<!ELEMENT c ANY>
<!ELEMENT d (a,(b|c)+,a?)>
<!ATTLIST r x CDATA #IMPLIED y (p|q) 'p' z ID #REQUIRED w CDATA #FIXED 'f'>
<!ENTITY e 'ent&#65;&amp;'>
<!ENTITY % pe 'x'>
<!ENTITY u SYSTEM 'u.bin' NDATA n>
<!ENTITY ext SYSTEM 'ext.xml'>
<!NOTATION n SYSTEM 'n.exe'>
<!-- c -->
<?pi data?>
]>
<r z='1'>a&e;b<![CDATA[<x>]]>\r\nline2&#x41;&lt;<a>t</a><!--com--><?p  d ?>&ext;</r>""")
show(b"<r xmlns='urn:d' xmlns:p='urn:p'><p:a p:x='1' y='2'/><b xmlns=''/></r>", namespace_separator="}")
show(b"<r xmlns:p='urn:p'><p:a p:x='1'/></r>", namespace_separator=" ")
show(b"<!DOCTYPE r SYSTEM 'r.dtd'><r>&undeclared;</r>")
show(b"<r a='x&#9;y\nz' b=' &lt;&#x20AC; '/>")

p = pyexpat.ParserCreate()
p.DefaultHandler = lambda d: print("D", repr(d))
p.Parse(b"<?xml version='1.0'?><!DOCTYPE r SYSTEM 'x.dtd'><r a='1'>t&foo;<!--c--></r>", True)
p = pyexpat.ParserCreate()
p.DefaultHandler = lambda d: print("D", repr(d))
p.StartElementHandler = lambda *a: print("S", a)
p.Parse(b"<!DOCTYPE r PUBLIC 'p' 's'><r>x</r>", True)
p = pyexpat.ParserCreate()
p.ExternalEntityRefHandler = lambda *a: print("ext", a) or 0
p.SetBase("http://base/")
print(p.GetBase())
try:
    p.Parse(b"<!DOCTYPE r [<!ENTITY x SYSTEM 'x.xml'>]><r>&x;</r>", True)
except pyexpat.ExpatError as e:
    print(e)
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda name, attrs: 1 / 0
try:
    p.Parse(b"<r/>", True)
except ZeroDivisionError:
    print("handler error propagates")
