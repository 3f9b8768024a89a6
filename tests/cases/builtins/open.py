# open(): write/read a file in /tmp in text and binary modes, append, iteration, modes and errors
path = '/tmp/ouro_case_builtins_open.txt'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(path, 'w', encoding='utf-8') as f:
    print(f.write('line one\n'), f.write('línea dos\n'))
    print(f.mode, f.closed, f.name == path)
print(f.closed)
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'a', encoding='utf-8') as f:
    f.write('three\n')
with open(path, encoding='utf-8') as f:
    print(list(f))
with open(path, 'rb') as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
with open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.readlines()))
with open(path, 'wb') as f:
    print(f.write(b'\x00\xffbin'))
with open(path, 'rb') as f:
    print(f.read())
t(lambda: open(path, 'rz'))
t(lambda: open(path, 'rw'))
t(lambda: open(path, 'rb', encoding='utf-8'))
try:
    open('/tmp/ouro_no_such_dir/none.txt')
except OSError as e:
    print(type(e).__name__, e.filename, e.strerror)
t(lambda: open(path, 'r', buffering=0))
t(lambda: open())
with open(path, 'w') as f:
    print('via print', file=f)
with open(path) as f:
    print(f.read().strip())
f = open(path)
f.close()
t(lambda: f.read())
