# _string.formatter_parser / formatter_field_name_split (what string.Formatter uses), and _suggestions._generate_suggestions
import _string
print(list(_string.formatter_parser("a{0!r:>{w}}b{{c}}d{x.y[1]}e{}")))
print(list(_string.formatter_parser("")))
print(list(_string.formatter_parser("{!}")) if False else 0)
for s in ["a}", "a{", "{0!", "{0!r", "{0!rx}", "{a{}", "}}", "{{", "x{0:{{}}}"]:
    try: print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
f, it = _string.formatter_field_name_split("0.a[1][x].b")
print(f, type(it).__name__, list(it))
print(_string.formatter_field_name_split("abc")[0], _string.formatter_field_name_split("")[0] == '')
for s in ["a.", "a[", "a[]", "a[1]x", "a..b", "99999999999999999999999"]:
    try: print(repr(s), _string.formatter_field_name_split(s)[0], list(_string.formatter_field_name_split(s)[1]))
    except Exception as e: print(repr(s), type(e).__name__, e)
it = _string.formatter_parser("x")
print(type(it).__name__, iter(it) is it)
try: _string.formatter_parser(1)
except Exception as e: print(type(e).__name__, e)
try: _string.formatter_field_name_split(1)
except Exception as e: print(type(e).__name__, e)
import _suggestions
print(_suggestions._generate_suggestions(["apple", "banana"], "appel"))
print(_suggestions._generate_suggestions(["apple", "banana"], "zzzzz"))
for a in [(("a",), "b"), ([1], "b"), (["a"], 1)]:
    try: print(_suggestions._generate_suggestions(*a))
    except Exception as e: print(type(e).__name__, e)
for f in [_string.formatter_parser, _string.formatter_field_name_split]:
    try: f()
    except TypeError as e: print(e)
