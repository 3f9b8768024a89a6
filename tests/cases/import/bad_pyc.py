# Bad .pyc files: garbage bytes and truncated headers as sourceless (legacy) pycs raise ImportError/EOFError with CPython's messages, a bad magic or corrupt body in __pycache__ is ignored in favour of the source, and marshal.loads on garbage raises
import os
import sys
import marshal
import importlib
import importlib.util
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    sys.dont_write_bytecode = True
    magic = importlib.util.MAGIC_NUMBER
    cases = {
        'garbage': b'\x00\xff garbage bytes, nothing like a pyc \x13\x37',
        'empty': b'',
        'short': magic[:2],
        'flags_only': magic + b'\x00\x00',
        'bad_flags': magic + b'\x08\x00\x00\x00' + bytes(8) + b'\xe3',
        'no_body': magic + bytes(12),
        'bad_body': magic + bytes(12) + b'\xff\xfe\xfd',
        'truncated_body': magic + bytes(12) + b'\xe3\x00\x00',
    }
    for name, data in cases.items():
        with open(os.path.join(tmp, name + '.pyc'), 'wb') as f:
            f.write(data)
        try:
            importlib.import_module(name)
            print(name, 'imported?')
        except Exception as e:
            print(name, type(e).__name__, str(e).replace(tmp, '<tmp>'))
    os.mkdir(os.path.join(tmp, '__pycache__'))
    for name, data in [('cached_garbage', b'junk'), ('cached_badbody', magic + bytes(4) + b'\x00' * 8 + b'\xff\xfe')]:
        with open(os.path.join(tmp, name + '.py'), 'w') as f:
            f.write(f'WHERE = "source of {name}"\n')
        with open(importlib.util.cache_from_source(os.path.join(tmp, name + '.py')), 'wb') as f:
            f.write(data)
        try:
            module = importlib.import_module(name)
            print(name, module.WHERE)
        except Exception as e:
            print(name, type(e).__name__, str(e).replace(tmp, '<tmp>'))
    for data in [b'', b'\xff', b'i\x01\x00', b's\x10\x00\x00\x00abc', b'(\x03\x00\x00\x00i', b'[\xff\xff\xff\xff', b'\xe9\x00']:
        try:
            print(marshal.loads(data))
        except Exception as e:
            print(data, type(e).__name__, e)
    sys.path.remove(tmp)
