# sys.stdin/stdout/stderr as _io.TextIOWrapper objects: attributes, write/print/flush interleaving, input() at EOF
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

out = sys.stdout
print(type(out).__name__, type(sys.stderr).__name__, type(sys.stdin).__name__)
print(out.name, out.mode, out.encoding)
print(sys.stderr.name, sys.stderr.errors, sys.stdin.name, sys.stdin.mode)
print(out.writable(), out.readable(), sys.stdin.readable(), sys.stdin.writable(), out.closed)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), out.isatty())
print(out.write('written\n'), out.write(''))
print('flushed', flush=True)
out.buffer.write(b'raw bytes\n')
out.flush()
print('a', 'b', sep='-', end='!\n', file=out)
sys.stderr.write('to stderr\n')
sys.stderr.flush()
t(lambda: sys.stdin.read())
t(lambda: sys.stdin.readline())
t(lambda: input())
t(lambda: input('prompt> '))
t(lambda: out.read())
t(lambda: sys.stdin.write('x'))
t(lambda: out.write(b'bytes'))
print(sys.__stdout__ is out, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print('é ☃ \U0001f600')
