# _elementtree.XMLParser and TreeBuilder: targets, events, entities, doctype, errors, serialization round trips
import io
import xml.etree.ElementTree as ET


def show(f):
    try:
        r = f()
    except ET.ParseError as e:
        print("ParseError", e, getattr(e, "code", None), getattr(e, "position", None))
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(ET.tostring(r) if isinstance(r, ET.Element) else r)


p = ET.XMLParser()
print(type(p.target).__name__, p.entity, p.version.startswith("Expat "))
print([n for n in dir(p) if not n.startswith("__")])
show(lambda: ET.XMLParser(1))
p.feed('<a x="1" xmlns:q="urn:q"><q:b q:y="2">t</q:b>')
p.feed(b"<!--c--><?pi d?></a>")
r = p.close()
print(ET.tostring(r), r[0].tag, r[0].attrib)

for bad in ["<a></b>", "<a>&foo;</a>", "", "<a/><b/>", "<a>&#1;</a>", "<a", "<a b='1' b='2'/>"]:
    show(lambda: ET.fromstring(bad))
ent = ET.XMLParser()
ent.entity["foo"] = "FOO"
ent.feed('<!DOCTYPE a SYSTEM "a.dtd"><a>x&foo;y</a>')
print(ent.close().text)
und = ET.XMLParser()
show(lambda: und.feed('<!DOCTYPE a SYSTEM "a.dtd"><a>&bar;</a>'))


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, d):
        self.log.append(("data", d))

    def comment(self, d):
        self.log.append(("comment", d))

    def pi(self, a, b):
        self.log.append(("pi", a, b))

    def doctype(self, *a):
        self.log.append(("doctype",) + a)

    def start_ns(self, *a):
        self.log.append(("start_ns",) + a)

    def end_ns(self, *a):
        self.log.append(("end_ns",) + a)

    def close(self):
        return self.log


p = ET.XMLParser(target=Target())
p.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
       '<a xmlns="urn:x" b="1">x&amp;y<!--c--><?p q?><c/></a>')
for entry in p.close():
    print(entry)


class Bare:
    pass


p = ET.XMLParser(target=Bare())
p.feed("<a>x</a>")
show(lambda: p.close())

p = ET.XMLParser()
show(lambda: p._setevents([], ["bogus"]))
show(lambda: ET.XMLParser(target=Target())._setevents([], ["start"]))
q = []
p = ET.XMLParser()
p._setevents(q, ["start", "end", "start-ns", "end-ns", "comment", "pi"])
p.feed('<a xmlns:z="urn:z"><z:b/><!--c--><?p q?></a>')
p.close()
print([(ev, getattr(x, "tag", x)) for ev, x in q])
show(lambda: ET.XMLParser()._parse_whole(io.BytesIO(b"<a>hi</a>")))
show(lambda: ET.XMLParser()._parse_whole(io.StringIO("<a>h\u00e9</a>")))
show(lambda: ET.XMLParser(target=Target()).feed(1))
p = ET.XMLParser()
p.feed("<a>")
show(lambda: p.flush())

for ev, el in ET.iterparse(io.BytesIO(b"<r><s>1</s><s>2</s></r>"), events=("start", "end")):
    print(ev, el.tag)
pp = ET.XMLPullParser(events=("end", "comment", "pi"))
pp.feed("<r><s>1<!--x-->")
print([(e, x.tag if isinstance(x.tag, str) else x.text) for e, x in pp.read_events()])
pp.feed("<?t u?></s></r>")
print([(e, x.tag if isinstance(x.tag, str) else x.text) for e, x in pp.read_events()])
pp.close()

b = ET.TreeBuilder()
print([n for n in dir(b) if not n.startswith("__")])
show(lambda: b.start("a", 1))
print(b.start("a", {}).tag, b.data("x"), b.data("y"), b.comment("c").text, b.pi("p", "q").text)
print(b.end("a").text)
show(lambda: b.end("a"))
show(lambda: b.start("b", {}))
print(b.close().tag, ET.TreeBuilder().close())
show(lambda: ET.TreeBuilder(1, 2))
show(lambda: ET.TreeBuilder().data())
b = ET.TreeBuilder(insert_comments=True, insert_pis=True)
b.start("r", {})
b.data("a")
b.comment("c")
b.data("t")
b.pi("p", "x")
b.data("u")
b.start("s", {"k": "v"})
b.end("s")
b.data("v")
b.end("r")
print(ET.tostring(b.close()))


class Node:
    def __init__(self, tag, attrib):
        self.tag, self.text, self.tail, self.kids = tag, None, None, []

    def append(self, x):
        self.kids.append(x)


b = ET.TreeBuilder(Node)
r = b.start("r", {})
b.data("a")
b.start("q", {})
b.data("z")
b.end("q")
b.data("w")
b.data("w")
b.end("r")
print(type(b.close()).__name__, r.text, r.kids[0].text, r.kids[0].tail)

tree = ET.ElementTree(ET.fromstring("<a><b>1</b><c x='y'/></a>"))
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())
print(ET.tostring(ET.parse(io.BytesIO(out.getvalue())).getroot(), encoding="unicode"))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding="unicode"))
print(ET.canonicalize("<a b='2' a='1'><!--c--><x/></a>"))
b = ET.TreeBuilder(lambda tag, attrib: ET.Element(tag) if tag == "r" else 5)
b.start("r", {})
show(lambda: b.start("s", {}))
print([el.tag for el in b.close().iter()])
