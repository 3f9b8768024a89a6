# PEP 420 namespace packages split across a directory and two zip archives: __path__ order, submodules from each portion, nested namespace packages, and a portion added to sys.path later
import os
import sys
import zipfile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.dont_write_bytecode = True
    os.makedirs(os.path.join(tmp, 'dir', 'nsz', 'deep'))
    with open(os.path.join(tmp, 'dir', 'nsz', 'fromdir.py'), 'w') as f:
        f.write('WHERE = "directory portion"\n')
    with open(os.path.join(tmp, 'dir', 'nsz', 'deep', 'leaf.py'), 'w') as f:
        f.write('WHERE = "deep leaf in directory"\n')
    zip1 = os.path.join(tmp, 'one.zip')
    with zipfile.ZipFile(zip1, 'w') as z:
        z.writestr('nsz/fromzip.py', 'WHERE = "zip portion"\n')
        z.writestr('nsz/deep/zleaf.py', 'WHERE = "deep leaf in zip"\n')
    zip2 = os.path.join(tmp, 'two.zip')
    with zipfile.ZipFile(zip2, 'w', compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr('nsz/', '')
        z.writestr('nsz/late.py', 'WHERE = "late zip portion"\n')
    sys.path[:0] = [os.path.join(tmp, 'dir'), zip1]
    import nsz.fromdir
    import nsz.fromzip
    import nsz.deep.leaf
    import nsz.deep.zleaf
    def show(paths):
        return [p.replace(tmp, '<tmp>') for p in paths]
    print(nsz.fromdir.WHERE, '|', nsz.fromzip.WHERE)
    print(nsz.deep.leaf.WHERE, '|', nsz.deep.zleaf.WHERE)
    print(show(nsz.__path__), show(nsz.deep.__path__))
    print(nsz.__spec__.origin, nsz.__file__ if hasattr(nsz, '__file__') else 'no __file__')
    print(type(nsz.fromzip.__loader__).__name__, type(nsz.fromdir.__loader__).__name__)
    try:
        import nsz.late
    except ImportError as e:
        print(type(e).__name__, e)
    sys.path.append(zip2)
    import nsz.late
    print(nsz.late.WHERE, show(nsz.__path__))
    sys.path[:2] = []
    sys.path.remove(zip2)
