# xml.dom.minidom (expatbuilder) on pyexpat: parseString, namespaces, doctype, entities, pretty printing
import xml.dom.minidom as minidom
from xml.dom import pulldom

doc = b"""<?xml version="1.0"?>
<!DOCTYPE root PUBLIC "-//X//Y" "http://x/y.dtd" [<!ENTITY e "expanded"><!NOTATION n SYSTEM "n.exe">]>
<root xmlns:h="urn:h" a="1">
  <h:item id="x">text &amp; more &e;<![CDATA[ raw <stuff> ]]></h:item>
  <empty/>
  <!-- comment -->
  <?pi target?>
</root>"""
d = minidom.parseString(doc)
root = d.documentElement
print(root.tagName, root.getAttribute("a"), d.doctype.name, d.doctype.publicId, d.doctype.systemId)
ents, nots = d.doctype.entities, d.doctype.notations
print([ents.item(i).nodeName for i in range(ents.length)], [nots.item(i).nodeName for i in range(nots.length)])
item = root.getElementsByTagName("h:item")[0]
print(item.namespaceURI, item.localName, item.prefix, [c.nodeType for c in item.childNodes])
print(repr(item.firstChild.data))
print(d.toxml())
d2 = minidom.parseString("<a x='1'><b>t</b><!--c--><?p d?></a>")
print(d2.toprettyxml())
print(minidom.parseString("<a>\u00e9</a>").documentElement.firstChild.data)
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)
events = pulldom.parseString("<r><s>t</s></r>")
for ev, node in events:
    print(ev, node.nodeName)
