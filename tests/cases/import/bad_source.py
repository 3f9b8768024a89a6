# Source files that cannot be decoded or compiled: bytes that are not UTF-8, an unknown coding cookie, a cookie that disagrees with a BOM, null bytes, and a syntax error; each import raises SyntaxError with CPython's message and nothing is left in sys.modules
import os
import sys
import importlib
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    sys.dont_write_bytecode = True
    cases = {
        'latin_bytes': b'X = "caf\xe9"\n',
        'bad_first': b'\xff\xfe = 1\n',
        'bad_in_comment': b'X = 1\n# \xc3\x28 broken\n',
        'unknown_cookie': b'# -*- coding: no-such-codec -*-\nX = 1\n',
        'bom_mismatch': b'\xef\xbb\xbf# coding: latin-1\nX = 1\n',
        'declared_latin1': b'# coding: latin-1\nX = "caf\xe9"\n',
        'nul_byte': b'X = 1\x00\n',
        'bad_syntax': b'def f(:\n    pass\n',
        'utf8_bom': b'\xef\xbb\xbfX = "ok with bom"\n',
        'lone_surrogate': b'X = "\xed\xa0\x80"\n',
    }
    for name, data in cases.items():
        with open(os.path.join(tmp, name + '.py'), 'wb') as f:
            f.write(data)
        try:
            module = importlib.import_module(name)
            print(name, 'imported', ascii(module.X))
        except SyntaxError as e:
            print(name, type(e).__name__, str(e).replace(tmp, '<tmp>'), e.lineno, (e.filename or '').replace(tmp, '<tmp>'), name in sys.modules)
        except Exception as e:
            print(name, type(e).__name__, str(e).replace(tmp, '<tmp>'), name in sys.modules)
    sys.path.remove(tmp)
