# json.dumps through the C encoder: every escape, both ensure_ascii modes (lone surrogates kept
# as they are when not escaping), non-str keys, skipkeys, sort_keys, indent, int subclasses.
import json

text = 'plain "quoted" back\\slash \n\r\t\b\f \x00\x1f\x7f \u00e9 \u2603 \U0001f600 \ud800 \udfff end'
print(json.dumps(text))
print(ascii(json.dumps(text, ensure_ascii=False)))
print(json.dumps([text, {text: text}], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2.5, None, True, False, -0.0, 1e300, 10 ** 40]}, sort_keys=True, indent=2))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "k": "v", 3: "three"}, skipkeys=True))
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print("TypeError", e)


class Int(int):
    def __repr__(self):
        return "Int!"


class Float(float):
    def __repr__(self):
        return "Float!"


print(json.dumps([Int(5), Float(2.5), True, Int(-7)]))
print(json.dumps({"x": [[], {}, [[]], {"y": {}}]}, indent="\t"))
print(json.dumps("\x7f\x80\xff\u0100", ensure_ascii=True), ascii(json.dumps("\x7f\x80\xff\u0100", ensure_ascii=False)))
print(json.dumps(["a" * 3, "", "\\"], indent=0))
