# sorted(dir()) of the _elementtree module and its types, one name per line
import _elementtree

for name in sorted(dir(_elementtree)):
    print(name)
for cls in (_elementtree.Element, _elementtree.TreeBuilder, _elementtree.XMLParser):
    print(cls.__name__, [n for n in sorted(dir(cls)) if not n.startswith("__")])
