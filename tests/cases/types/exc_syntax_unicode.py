# SyntaxError attributes (msg/filename/lineno/offset/text/end_lineno/end_offset/print_file_and_line) and Unicode*Error attributes and messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = SyntaxError('bad thing', ('file.py', 3, 5, 'x = = 1\n', 3, 8))
t(lambda: (s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line))
t(lambda: str(s))
t(lambda: s.args)
t(lambda: str(SyntaxError('only msg')))
t(lambda: str(SyntaxError('m', ('f.py', None, None, None))))
t(lambda: str(SyntaxError('m', (None, 7, None, None))))
t(lambda: SyntaxError('m', ('f', 1, 2, 't')).end_lineno)
t(lambda: SyntaxError('m', 'notatuple'))
t(lambda: SyntaxError('m', ('f', 1)))
t(lambda: SyntaxError().msg)
t(lambda: [c.__name__ for c in TabError.__mro__])
try:
    compile('x = (1,\n', 'src.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
try:
    compile('def f():\nreturn 1', 'ind.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
u = UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')
t(lambda: (u.encoding, u.object, u.start, u.end, u.reason))
t(lambda: str(u))
t(lambda: str(UnicodeDecodeError('utf-8', b'ab\xff\xfecd', 2, 4, 'bad')))
t(lambda: UnicodeDecodeError('utf-8', 'notbytes', 0, 1, 'r'))
t(lambda: UnicodeDecodeError('utf-8'))
ue = UnicodeEncodeError('ascii', 'aé€', 1, 2, 'ordinal not in range(128)')
t(lambda: (ue.encoding, ue.object, ue.start, ue.end, ue.reason))
t(lambda: str(ue))
t(lambda: str(UnicodeEncodeError('ascii', 'a\U0001f600', 1, 2, 'r')))
t(lambda: str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r')))
ut = UnicodeTranslateError('aé', 1, 2, 'no mapping')
t(lambda: (ut.encoding, ut.object, ut.start, ut.end, ut.reason, str(ut)))
u.start = 0
u.reason = 'changed'
t(lambda: str(u))
t(lambda: [c.__name__ for c in UnicodeDecodeError.__mro__])
try:
    'é'.encode('ascii')
except UnicodeError as e:
    t(lambda: (type(e).__name__, e.args))
