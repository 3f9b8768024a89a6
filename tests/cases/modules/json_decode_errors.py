# _json's decoding errors are json.decoder.JSONDecodeError (imported from json.decoder, as Modules/_json.c does)
import _json


class Context:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float


scan = _json.make_scanner(Context())
for doc in ['"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\x01"', '{"a" 1}', '{"a": 1', '{"a": 1,}', '{1: 2}', '[1 2]', '[1,]', '{', '[']:
    try: print(scan(doc, 0))
    except StopIteration as e: print(repr(doc), 'StopIteration', e.value)
    except ValueError as e: print(repr(doc), type(e).__name__, e, e.pos)
for args in [('"abc', 1), ('"abc"', 10), ('"abc"', -1)]:
    try: print(_json.scanstring(*args))
    except ValueError as e: print(type(e).__name__, e)
