# `-m zipapp`: build an archive from a directory (entry point, interpreter line, compression, --info), then run it as a script and import from it
import os
import sys
import runpy
import importlib.util
import zipfile
import tempfile
import io

class KeptOpen(io.BytesIO):
    """The bytes behind a stand-in sys.stdout/sys.stderr: tools like json.tool close their output file."""
    def close(self):
        pass

def stream():
    return io.TextIOWrapper(KeptOpen(), encoding='utf-8', newline='\n')

def captured(stream):
    stream.flush()
    return stream.buffer.getvalue().decode('utf-8', 'backslashreplace')

def run_m(module, *args):
    """Runs `python -m module args...` in-process the way -m does (runpy with sys.argv and __main__ altered)."""
    sys.argv = ['-m', *args]
    saved = sys.stdout, sys.stderr, sys.executable
    sys.executable = '/usr/bin/python3'  # argparse names the program after it
    sys.stdout, sys.stderr = out, err = stream(), stream()
    try:
        runpy.run_module(module, run_name='__main__', alter_sys=True)
        status = 'none'
    except SystemExit as e:
        status = e.code
    except OSError as e:
        status = f'{type(e).__name__}: {e.strerror}'  # errno values differ between platforms
    except Exception as e:
        status = f'{type(e).__name__}: {e}'
    finally:
        sys.stdout, sys.stderr, sys.executable = saved
    origin = importlib.util.find_spec(module).origin
    def clean(text):
        text = str(text).replace(origin, '<' + module + ' origin>')
        return text.replace(globals().get('tmp', '\0'), '<tmp>')
    print(clean(captured(out)), end='')
    if captured(err):
        print('stderr:', clean(captured(err)), end='')
    print('exit:', clean(status))


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'app')
    os.mkdir(src)
    with open(os.path.join(src, 'app.py'), 'w') as f:
        f.write('import sys\n'
                'def main():\n'
                '    print("app main", __name__, sys.argv[1:])\n'
                '    return 0\n')
    with open(os.path.join(src, 'helper.py'), 'w') as f:
        f.write('VALUE = "helper from the archive"\n')
    target = os.path.join(tmp, 'app.pyz')
    run_m('zipapp', src, '-o', target, '-m', 'app:main', '-p', '/usr/bin/env python3')
    with open(target, 'rb') as f:
        print(f.readline())
    print(sorted(zipfile.ZipFile(target).namelist()))
    print(zipfile.ZipFile(target).read('__main__.py').decode())
    run_m('zipapp', target, '--info')
    sys.argv = [target, 'one', 'two']
    try:
        runpy.run_path(target, run_name='__main__')
    except SystemExit as e:
        print('app exit:', e.code)
    sys.path.insert(0, target)
    import helper
    print(helper.VALUE, helper.__file__.replace(tmp, '<tmp>'))
    sys.path.remove(target)
    compressed = os.path.join(tmp, 'small.pyz')
    run_m('zipapp', src, '-o', compressed, '-m', 'app:main', '-c')
    print({i.filename: i.compress_type for i in zipfile.ZipFile(compressed).infolist()})
    run_m('zipapp', compressed, '--info')
    run_m('zipapp', src, '-o', os.path.join(tmp, 'x.pyz'), '-m', 'no_colon')
    run_m('zipapp', os.path.join(tmp, 'nothing'), '-o', os.path.join(tmp, 'y.pyz'))
