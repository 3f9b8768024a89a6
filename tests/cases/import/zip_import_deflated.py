# Importing from a deflated zip built at run time: modules, packages, relative imports, get_data, get_source, is_package, __pycache__ entries ignored, a subdirectory of the archive on sys.path, and invalidate_caches
import os
import sys
import zipfile
import zipimport
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    archive = os.path.join(tmp, 'deflated.zip')
    with zipfile.ZipFile(archive, 'w', compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr('dmod.py', 'WHERE = "deflated module"\n' + '# padding\n' * 200)
        z.writestr('dpkg/__init__.py', 'from .part import PART\nINIT = True\n')
        z.writestr('dpkg/part.py', 'PART = "relative " + __name__\n')
        z.writestr('dpkg/data.txt', 'some data ' * 20)
        z.writestr('dpkg/__pycache__/part.cpython-314.pyc', b'garbage')
        z.writestr('lib/inner.py', 'WHERE = "under lib/"\n')
    print({i.filename: i.compress_type for i in zipfile.ZipFile(archive).infolist()})
    sys.path.insert(0, archive)
    import dmod
    print(dmod.WHERE, dmod.__file__.replace(tmp, '<tmp>'), dmod.__cached__.replace(tmp, '<tmp>').replace(sys.implementation.cache_tag, 'TAG'))
    import dpkg
    print(dpkg.INIT, dpkg.PART, dpkg.__path__[0].replace(tmp, '<tmp>'))
    loader = dpkg.__loader__
    print(type(loader).__name__, loader.archive.replace(tmp, '<tmp>'), repr(loader.prefix))
    print(len(loader.get_data(os.path.join(archive, 'dpkg', 'data.txt'))))
    part_loader = dpkg.part.__loader__
    print(repr(part_loader.prefix), part_loader.get_source('dpkg.part'), loader.is_package('dpkg'), part_loader.is_package('dpkg.part'))
    print(part_loader.get_filename('dpkg.part').replace(tmp, '<tmp>'))
    for name in ['dpkg.nothing', 'missing', 'dpkg.part']:
        try:
            loader.get_source(name)
        except zipimport.ZipImportError as e:
            print('ZipImportError', e)
    sub = zipimport.zipimporter(os.path.join(archive, 'lib'))
    print(repr(sub.prefix), sub.find_spec('inner').name, sub.find_spec('dmod'))
    sys.path.insert(0, os.path.join(archive, 'lib'))
    import inner
    print(inner.WHERE, inner.__file__.replace(tmp, '<tmp>'))
    print(repr(zipimport.zipimporter(archive)).replace(tmp, '<tmp>'))
    with zipfile.ZipFile(archive, 'a', compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr('added_later.py', 'X = "added"\n')
    import importlib
    importlib.invalidate_caches()
    try:
        import added_later
        print(added_later.X)
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path[:2] = []
