# Hash-based pycs (PEP 552): py_compile's checked and unchecked modes, the flags word and source hash in the header, reuse and invalidation on reload, sourceless imports of a legacy .pyc, and dont_write_bytecode
import os
import sys
import importlib
import importlib.util
import py_compile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    sys.dont_write_bytecode = False
    def write(name, text):
        path = os.path.join(tmp, name + '.py')
        with open(path, 'w') as f:
            f.write(text)
        return path
    def header(pyc):
        with open(pyc, 'rb') as f:
            data = f.read(16)
        return data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little')
    checked = write('checked_mod', 'X = 1\n')
    pyc = py_compile.compile(checked, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH, doraise=True)
    print(pyc.replace(tmp, '<tmp>').replace(sys.implementation.cache_tag, 'TAG'), header(pyc))
    with open(pyc, 'rb') as f:
        print(f.read()[8:16] == importlib.util.source_hash(b'X = 1\n'))
    import checked_mod
    print('checked', checked_mod.X)
    write('checked_mod', 'X = 2\n')
    importlib.reload(checked_mod)
    print('checked after edit', checked_mod.X, header(pyc))
    unchecked = write('unchecked_mod', 'Y = 1\n')
    upyc = py_compile.compile(unchecked, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH, doraise=True)
    print(header(upyc))
    import unchecked_mod
    print('unchecked', unchecked_mod.Y)
    write('unchecked_mod', 'Y = 2\n')
    importlib.reload(unchecked_mod)
    print('unchecked after edit (stale pyc kept)', unchecked_mod.Y)
    os.remove(upyc)
    importlib.reload(unchecked_mod)
    print('unchecked after removing the pyc', unchecked_mod.Y, header(upyc))
    legacy_src = write('legacy_mod', 'Z = "from a legacy pyc"\n')
    py_compile.compile(legacy_src, cfile=os.path.join(tmp, 'legacy_mod.pyc'), doraise=True)
    os.remove(legacy_src)
    import legacy_mod
    print(legacy_mod.Z, type(legacy_mod.__loader__).__name__, legacy_mod.__file__.replace(tmp, '<tmp>'), legacy_mod.__cached__.replace(tmp, '<tmp>'))
    sys.dont_write_bytecode = True
    write('nowrite_mod', 'W = 1\n')
    import nowrite_mod
    print(nowrite_mod.W, os.path.exists(importlib.util.cache_from_source(os.path.join(tmp, 'nowrite_mod.py'))))
    print(importlib.util.source_from_cache(importlib.util.cache_from_source('/a/b/c.py')))
    print(importlib.util.cache_from_source('/a/b/c.py', optimization=2).replace(sys.implementation.cache_tag, 'TAG'))
    try:
        importlib.util.source_from_cache('/a/b/c.pyc')
    except ValueError as e:
        print('ValueError', e)
    sys.path.remove(tmp)
