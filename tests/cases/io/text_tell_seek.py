# TextIOWrapper over a file: tell() cookies mid-chunk, seek back to them, \r\n translation, readline limits, small chunk sizes
path = '/tmp/ouro_case_io_text_tell.txt'

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(path, 'w', encoding='utf-8', newline='') as f:
    f.write('héllo\r\nwörld\rthird\nfourth ☃ line\r\nend')
with open(path, encoding='utf-8') as f:
    marks = []
    while True:
        marks.append(f.tell())
        line = f.readline()
        if not line:
            break
        print(repr(line))
    print(len(marks), marks[0], marks[-1] > 0)
    for m in reversed(marks):
        f.seek(m)
        print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)), repr(f.read(4)))
    here = f.tell()
    rest = f.read()
    f.seek(here)
    print(f.read() == rest, repr(rest[:6]))
with open(path, encoding='utf-8') as f:
    f._CHUNK_SIZE = 3
    print(f._CHUNK_SIZE, repr(f.readline(3)), repr(f.readline()), repr(f.read(5)))
    p = f.tell()
    s = f.read(7)
    f.seek(p)
    print(f.read(7) == s, repr(s))
    for line in f:
        pass
    t(f.tell)
with open(path, encoding='utf-8') as f:
    for line in f:
        t(f.tell)
        break
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w') as f:
    print(f.write('a\nb\n'), f.tell())
    f.seek(0)
    f.write('X')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r+') as f:
    print(repr(f.read(1)))
    f.write('YZ')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w', encoding='utf-8', newline='') as f:
    for i in range(300):
        f.write('línea %d ☃\r\n' % i if i % 3 else 'plain %d\r' % i)
with open(path, encoding='utf-8') as f:
    cookies = []
    while True:
        chunk = f.read(7)
        if not chunk:
            break
        cookies.append((f.tell(), chunk))
    print(len(cookies), cookies[:4], sum(c for c, _ in cookies) % 1000003)
    for c, chunk in cookies[::37]:
        f.seek(c)
        print(repr(chunk), repr(f.read(9)))
with open(path, 'w') as f:
    f.write('')
