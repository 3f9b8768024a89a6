# _elementtree.Element and SubElement: construction, attributes, sequence protocol with slices, copy, pickling, errors
import copy
import pickle
import warnings
import _elementtree
import xml.etree.ElementTree as ET

print(ET.Element is _elementtree.Element, ET.SubElement is _elementtree.SubElement)
print(ET.TreeBuilder is _elementtree.TreeBuilder, ET.XMLParser is _elementtree.XMLParser)
print(ET.ParseError is _elementtree.ParseError, ET.ParseError.__mro__[1:3])
print(ET.Element.__module__, ET.Element.__name__, ET.Element.__qualname__)


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(ET.tostring(r) if isinstance(r, ET.Element) else r)


E = ET.Element
e = E("root", {"a": "1"}, b="2")
print(e.tag, e.attrib, e.text, e.tail, len(e), repr(e).startswith("<Element 'root' at 0x"))
print(E("x", attrib={"q": "1"}, r="2").attrib, E("x", {"k": "v"}, attrib="s").attrib)
show(lambda: E())
show(lambda: E("a", 1))
show(lambda: E("a", {}, 1))
show(lambda: E("a", attrib=5))
for i in range(5):
    c = ET.SubElement(e, "c%d" % i, {"i": str(i)}, n="x")
    c.text = "t%d" % i
    c.tail = "\n"
print(ET.tostring(e))
print([c.tag for c in e], [c.tag for c in e[1:4]], [c.tag for c in e[::-2]], e[-1].tag)
e[0] = E("z")
e[1:3] = [E("y1"), E("y2"), E("y3")]
print([c.tag for c in e])
del e[::2]
print([c.tag for c in e])
e[::2] = [E("p"), E("q")]
print([c.tag for c in e])
del e[0]
print([c.tag for c in e])
show(lambda: e[10])
show(lambda: e["a"])
show(lambda: e.__setitem__(0, 1))
show(lambda: e.__setitem__(slice(0, 2), [1]))
show(lambda: e.__setitem__(slice(0, 3, 2), [E("w")]))
show(lambda: e.__setitem__(slice(0, 1), 5))
show(lambda: e.__delitem__(7))
e.insert(0, E("first"))
e.insert(-1, E("penult"))
e.insert(100, E("last"))
e.append(E("app"))
e.extend([E("ext1"), E("ext2")])
e.extend(iter([E("ext3")]))
print([c.tag for c in e])
e.remove(e[0])
print([c.tag for c in e])
show(lambda: e.append(1))
show(lambda: e.extend(1))
show(lambda: e.extend([E("ok"), 1]))
show(lambda: e.insert("a", E("x")))
show(lambda: e.insert(0, 1))
show(lambda: e.remove(E("nope")))
show(lambda: e.remove(1))
print(e.get("a"), e.get("zz"), e.get("zz", "dflt"), sorted(e.keys()), sorted(e.items()))
e.set("new", "v")
print(e.attrib["new"])
show(lambda: e.set("only"))
show(lambda: setattr(e, "attrib", 1))
for name in ("tag", "text", "tail", "attrib"):
    show(lambda: delattr(e, name))
m = e.makeelement("made", {"k": "v"})
print(type(m).__name__, m.tag, m.attrib, len(m))
show(lambda: e.makeelement("made", 1))
show(lambda: ET.SubElement(1, "a"))
show(lambda: ET.SubElement(e, "a", 1))
empty = E("empty")
print(empty.keys(), empty.items(), empty.get("x"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(empty), bool(e))
    print([str(x.message)[:40] for x in w], [x.category.__name__ for x in w])

c = copy.copy(e)
print(c is e, c.attrib is e.attrib, c[0] is e[0], c.tag, len(c))
d = copy.deepcopy(e)
print(d.attrib is e.attrib, d[0] is e[0], ET.tostring(d) == ET.tostring(e))
state = e.__getstate__()
print(sorted(state), state["tag"], len(state["_children"]))
p = pickle.loads(pickle.dumps(e))
print(type(p).__name__, ET.tostring(p) == ET.tostring(e))
x = E("x")
show(lambda: x.__setstate__(1))
show(lambda: x.__setstate__({}))
show(lambda: x.__setstate__({"tag": "t", "_children": 5}))
show(lambda: x.__setstate__({"tag": "t", "bad": 5}))
show(lambda: x.__setstate__({"tag": "t", "_children": [1]}))
x.__setstate__({"tag": "s", "attrib": {"a": "b"}, "text": "tx", "tail": "tl", "_children": [E("k")]})
print(x.tag, x.attrib, x.text, x.tail, [k.tag for k in x])
x.clear()
print(x.tag, x.attrib, x.text, x.tail, len(x))


class Sub(E):
    pass


s = Sub("s", {"a": "b"})
s.extra = 1
print(type(s).__name__, repr(s).startswith("<Element 's' at"), s.extra, type(copy.copy(s)).__name__,
      type(copy.deepcopy(s)).__name__, type(s.makeelement("m", {})).__name__, hasattr(e, "__dict__"))
e2 = E("a")
e2.append(s)
print(ET.tostring(e2))

r = E("a", {"x": "1"})
r.text, r.tail = "t", "u"
ET.SubElement(r, "c")
r.__init__("b")
print(r.tag, r.attrib, r.text, r.tail, len(r))
r.__init__("c", {"y": "2"})
print(r.tag, r.attrib, r.text, r.tail, len(r))
n = E.__new__(E)
print(repr(n.tag), n.attrib, len(n))
big = E("a")
ET.SubElement(big, "b")
show(lambda: big[10**30])
show(lambda: big.__setitem__(10**30, E("x")))
show(lambda: big.insert(10**30, E("x")))
print(big[False].tag, big[-1].tag)
