"""`run_m`: runs `python -m module args...` in-process for the `m_*` cases
(the reference cannot start processes); the case's own `tmp` directory, if
it has one, is shown as `<tmp>`."""
import importlib.util
import io
import runpy
import sys

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
        return text.replace(vars(sys.modules['__main__']).get('tmp', '\0'), '<tmp>')
    print(clean(captured(out)), end='')
    if captured(err):
        print('stderr:', clean(captured(err)), end='')
    print('exit:', clean(status))
