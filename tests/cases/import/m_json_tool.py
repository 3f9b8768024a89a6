# `-m json.tool` run the way -m runs it (runpy.run_module as __main__ with sys.argv altered): indent, sort keys, compact, json lines, tab, and invalid input
import os
import sys
import runpy
import importlib.util
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
    data = os.path.join(tmp, 'data.json')
    with open(data, 'w') as f:
        f.write('{"b": [1, 2.5, null, true], "a": {"z": "\\u00e9", "y": []}}')
    run_m('json.tool', data)
    run_m('json.tool', '--sort-keys', data)
    run_m('json.tool', '--indent', '1', data)
    run_m('json.tool', '--compact', data)
    run_m('json.tool', '--tab', data)
    run_m('json.tool', '--no-ensure-ascii', data)
    lines = os.path.join(tmp, 'lines.json')
    with open(lines, 'w') as f:
        f.write('{"x": 1}\n[2, 3]\n"four"\n')
    run_m('json.tool', '--json-lines', lines)
    out = os.path.join(tmp, 'out.json')
    run_m('json.tool', '--sort-keys', data, out)
    with open(out) as f:
        print(f.read())
    bad = os.path.join(tmp, 'bad.json')
    with open(bad, 'w') as f:
        f.write('{"a": 1,}')
    run_m('json.tool', bad)
    run_m('json.tool', os.path.join(tmp, 'missing.json'))
