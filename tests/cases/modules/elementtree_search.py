# _elementtree.Element searching: iter, itertext, find/findall/findtext/iterfind through ElementPath
import _elementtree
import xml.etree.ElementTree as ET

doc = """<root xmlns:n="urn:n">
  <a id="1">one<b>two</b>three</a>
  <a id="2"><b class="x">four</b><c/></a>
  <!-- comment --><?pi data?>
  <n:d>five</n:d>
  <e>six<f><g>seven</g></f>eight</e>
</root>"""
root = ET.fromstring(doc)
print(type(root) is _elementtree.Element)
print([el.tag for el in root.iter()])
print([el.tag for el in root.iter("b")], [el.tag for el in root.iter("*")][:3], list(root[0].iter("zz")))
it = root.iter("a")
print(type(it).__name__, type(iter(it)) is type(it), next(it).get("id"))
print(list(root.itertext()))
print(list(root[3].itertext()), "".join(root[0].itertext()))
print(root.find("a").get("id"), root.find("a/b").text, root.find("zz"), root.find(".//g").text)
print([el.get("id") for el in root.findall("a")], [el.text for el in root.findall(".//b")])
print([el.tag for el in root.findall("./a[@id='2']/*")], root.findall("a[2]")[0].get("id"))
print(root.findtext("a"), root.findtext("zz"), root.findtext("zz", "dflt"), repr(root.findtext("a/c")))
print(root.find("n:d", {"n": "urn:n"}).text, root.findtext("{urn:n}d"))
print([el.tag for el in root.iterfind(".//b[@class]")], type(root.iterfind("a")).__name__)
print(root.find("a[@id='2']/b").attrib)

with_comments = ET.fromstring("<r>x<!--c-->y<?p q?>z<s>t</s>u</r>", parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True)))
print([el.tag if isinstance(el.tag, str) else el.tag.__name__ for el in with_comments.iter()])
print(list(with_comments.itertext()), ET.tostring(with_comments, method="text"))

# mutation while iterating over children
r = ET.Element("r")
for i in range(4):
    ET.SubElement(r, "c", n=str(i))
seen = []
for el in r.iter("c"):
    seen.append(el.get("n"))
    if el.get("n") == "1":
        ET.SubElement(r, "c", n="new")
print(seen)
