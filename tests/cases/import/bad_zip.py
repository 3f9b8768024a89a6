# Broken zip archives: a bad central directory, truncated archives, a bad local header, a member with an unsupported compression method, and a non-zip file, seen through zipimport (ZipImportError with CPython's messages), sys.path (skipped) and zipfile (BadZipFile)
import os
import sys
import zipfile
import zipimport
import tempfile

home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    sys.dont_write_bytecode = True
    with zipfile.ZipFile('good.zip', 'w') as z:
        z.writestr('zm.py', 'X = "good"\n')
        z.writestr('zm2.py', 'Y = 2\n')
    with open('good.zip', 'rb') as f:
        good = f.read()
    central = good.rindex(b'PK\x01\x02')
    first_central = good.index(b'PK\x01\x02')
    end = good.rindex(b'PK\x05\x06')
    broken = {
        'bad_central.zip': good[:first_central] + b'XX\x01\x02' + good[first_central + 4:],
        'truncated_end.zip': good[:end + 10],
        'truncated_half.zip': good[:len(good) // 2],
        'bad_local.zip': b'QQ' + good[2:],
        'not_zip.zip': b'just some text, no archive here\n' * 3,
        'empty.zip': b'',
        'bad_offset.zip': good[:end + 16] + b'\xff\xff\x00\x00' + good[end + 20:],
        'bad_method.zip': good[:8] + b'\x63\x00' + good[10:first_central + 10] + b'\x63\x00' + good[first_central + 12:],
    }
    for name, data in broken.items():
        with open(name, 'wb') as f:
            f.write(data)
        try:
            importer = zipimport.zipimporter(name)
            print(name, 'zipimporter ok')
            spec = importer.find_spec('zm')
            print(name, 'spec', spec and spec.name)
            code = importer.get_code('zm')
            print(name, 'code ok')
        except Exception as e:
            print(name, 'zipimport', type(e).__name__, e)
        try:
            with zipfile.ZipFile(name) as z:
                print(name, 'zipfile names', z.namelist())
                print(name, 'testzip', z.testzip())
        except OSError as e:
            print(name, 'zipfile', type(e).__name__)
        except Exception as e:
            print(name, 'zipfile', type(e).__name__, e)
        sys.path.insert(0, name)
        sys.modules.pop('zm', None)
        try:
            import zm
            print(name, 'import zm', zm.X)
        except Exception as e:
            print(name, 'import', type(e).__name__, e)
        sys.path.remove(name)
        sys.path_importer_cache.pop(name, None)
    print(sorted((k, type(v).__name__) for k, v in sys.path_importer_cache.items() if k in broken))
    os.chdir(home)
