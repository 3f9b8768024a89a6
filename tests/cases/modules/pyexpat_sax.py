# xml.sax's expatreader on pyexpat: content handler events, namespaces, locator, errors
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_namespaces

class Handler(ContentHandler):
    def setDocumentLocator(self, locator):
        self.locator = locator
    def startElement(self, name, attrs):
        print("start", name, dict(attrs), self.locator.getLineNumber(), self.locator.getColumnNumber())
    def endElement(self, name):
        print("end", name)
    def characters(self, content):
        print("chars", repr(content))
    def startElementNS(self, name, qname, attrs):
        print("startNS", name, qname, dict(attrs))
    def endElementNS(self, name, qname):
        print("endNS", name)
    def startPrefixMapping(self, prefix, uri):
        print("prefix", prefix, uri)
    def processingInstruction(self, target, data):
        print("pi", target, data)

xml.sax.parseString(b"<a x='1'>hi\n<b/><?p d?></a>", Handler())
parser = xml.sax.make_parser()
parser.setFeature(feature_namespaces, True)
parser.setContentHandler(Handler())
parser.parse(io.BytesIO(b"<a xmlns='urn:a' xmlns:p='urn:p' p:x='1'><p:b/></a>"))
try:
    xml.sax.parseString(b"<a><b></a>", Handler())
except xml.sax.SAXParseException as e:
    print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber())
class Plain(ContentHandler):
    def startElement(self, name, attrs):
        print("plain start", name)
    def characters(self, content):
        print("plain chars", repr(content))
inc = xml.sax.make_parser()
inc.setContentHandler(Plain())
for piece in (b"<r>", b"te", b"xt</r>"):
    inc.feed(piece)
inc.close()
