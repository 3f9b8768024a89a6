# pyexpat: ExpatError messages, codes and positions for malformed documents; errors/model constants
import pyexpat
from pyexpat import errors, model

print(sorted(errors.codes.items(), key=lambda kv: kv[1]))
print(errors.messages[4], errors.XML_ERROR_SYNTAX, errors.XML_ERROR_TAG_MISMATCH)
print([(k, getattr(model, k)) for k in dir(model) if k.startswith("XML")])
print(pyexpat.ErrorString(3), pyexpat.ErrorString(100), pyexpat.ExpatError is pyexpat.error)
print(pyexpat.ExpatError.__module__, pyexpat.ExpatError.__mro__)
p = pyexpat.ParserCreate()
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)

docs = [b"<a></b>", b"<a>", b"<a", b"<a/><b/>", b"", b"<a>&foo;</a>", b"<a>&#0;</a>", b"<a x='1' x='2'/>",
        b"<?xml version='1.0'?><a/><?xml version='1.0'?>", b"<a><!-- a -- b --></a>", b"<a>\n<b>\n</c></a>",
        b"<a b=c/>", b"<a>\xff</a>", b"<p:a/>", b"<a><![CDATA[x</a>", b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>",
        b"<a>&lt;</a >x", b"<a>]]></a>", b"<a b='<'/>", b"<a\n  b='1'\n  c=></a>", "<a>\xe9</b>".encode(),
        b"<a><?xml version='1.0'?></a>", b"<!DOCTYPE a [<!ENTITY e '&e;'>]><a>&e;</a>", b"abc", b"<a>\x01</a>",
        b"<a xmlns:p=''/>", b"<?xml version='1.0' standalone='maybe'?><a/>", b"<a>&#xFFFE;</a>", b"<a/>\n  x",
        b"<!DOCTYPE a [<!ENTITY u SYSTEM 'u' NDATA n>]><a>&u;</a>", b"<a b='&u;'/>", b"<a></a><!DOCTYPE a>"]
for doc in docs:
    p = pyexpat.ParserCreate(namespace_separator=" ") if b"p:" in doc else pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
        print("ok", doc)
    except pyexpat.ExpatError as e:
        print(doc, "|", e, "|", e.code, e.lineno, e.offset, "|", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)

p = pyexpat.ParserCreate()
p.Parse(b"<a/>", True)
try:
    p.Parse(b"", True)
except pyexpat.ExpatError as e:
    print("again:", e, e.code)
