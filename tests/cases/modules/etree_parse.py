# xml.etree.ElementTree on pyexpat: fromstring, iterparse, XMLPullParser, targets, doctype, parse errors
import io
import xml.etree.ElementTree as ET

doc = b"""<?xml version="1.0"?>
<!DOCTYPE root PUBLIC "-//X//Y" "http://x/y.dtd">
<root xmlns:h="urn:h" a="1">
  <h:item id="x">text &amp; more<![CDATA[ raw <stuff> ]]></h:item>
  <empty/>
  <!-- comment -->
  <?pi target?>
</root>"""
r = ET.fromstring(doc)
print(r.tag, r.attrib, [(c.tag, c.attrib, c.text, c.tail) for c in r])
print(ET.tostring(r))
for ev, el in ET.iterparse(io.BytesIO(doc), events=("start", "end", "start-ns", "end-ns", "comment", "pi")):
    print(ev, el if el is None or isinstance(el, tuple) else (el.tag if isinstance(el.tag, str) else el.text))
p = ET.XMLPullParser(events=("start", "end"))
for i in range(0, len(doc), 7):
    p.feed(doc[i:i + 7])
    for ev, el in p.read_events():
        print(ev, el.tag)
p.close()
for bad in ["<a><b></a>", "<a>&nope;</a>", "<a", "", "<a/>junk", "<!DOCTYPE a SYSTEM 'a.dtd'><a>&nope;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError", e, e.code, e.position)

class Target:
    # Text arrives in pieces that depend on the parser's buffering (the C accelerator reads
    # expat directly): print it joined.
    text = []
    def flush(self):
        if self.text:
            print("data", repr("".join(self.text)))
            self.text = []
    def doctype(self, name, pubid, system):
        print("doctype", name, pubid, system)
    def start(self, tag, attrib):
        self.flush()
        print("start", tag, attrib)
    def end(self, tag):
        self.flush()
        print("end", tag)
    def data(self, text):
        self.text.append(text)
    def comment(self, text):
        self.flush()
        print("comment", text)
    def pi(self, target, text):
        self.flush()
        print("pi", target, text)
    def close(self):
        return "closed"
parser = ET.XMLParser(target=Target())
parser.feed(doc)
print(parser.close())
tree = ET.ElementTree(ET.fromstring("<a><b x='1'>t</b><b>u</b></a>"))
print([b.get("x") for b in tree.iterfind("b")], tree.find("b").text, ET.tostring(tree.getroot(), encoding="unicode"))
print(ET.fromstring("<a>\u00e9\u20ac\U0001F600</a>".encode("utf-16")).text)
print(ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode("latin-1")).text)
print(ET.fromstring('<?xml version="1.0" encoding="cp1252"?><a>\u20ac</a>'.encode("cp1252")).text)
root = ET.XML("<r xmlns='urn:default' xmlns:x='urn:x'><x:c x:attr='v'/><d/></r>")
print(root.tag, [(c.tag, c.attrib) for c in root])
out = io.BytesIO()
ET.ElementTree(root).write(out, xml_declaration=True, encoding="utf-8")
print(out.getvalue())
print(ET.canonicalize("<a b='2' a='1'><!-- c --><x>t</x></a>"))
