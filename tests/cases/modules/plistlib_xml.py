# plistlib's XML format on pyexpat: dumps/loads round trips, dates, data, nested containers, errors
import datetime
import plistlib

value = {"str": "text & <more>", "int": 42, "neg": -7, "float": 2.5, "true": True, "false": False,
         "data": b"\x00\x01binary", "date": datetime.datetime(2024, 1, 2, 3, 4, 5),
         "list": [1, "two", [3.0]], "dict": {"nested": {"deep": "x"}}, "unicode": "caf\u00e9 \u20ac"}
data = plistlib.dumps(value)
print(data.decode())
back = plistlib.loads(data)
print(back == value, sorted(back))
print(plistlib.loads(plistlib.dumps([1, 2, 3])))
print(plistlib.loads(plistlib.dumps("x", sort_keys=False)))
for bad in (b"<plist><dict><key>a</key></dict></plist>", b"<plist", b"<?xml version='1.0'?><!DOCTYPE plist [<!ENTITY e 'x'>]><plist><string>&e;</string></plist>"):
    try:
        print(plistlib.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
