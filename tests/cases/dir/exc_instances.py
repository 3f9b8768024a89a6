# sorted(dir()) of exception instances that carry extra instance attributes (notes, OSError fields, SyntaxError fields)
e = ValueError('v')
e.add_note('a note')
for name in sorted(dir(e)):
    print('ValueError+note', name)
for name in sorted(dir(OSError(2, 'x', 'f'))):
    print('FileNotFoundError', name)
for name in sorted(dir(SyntaxError('m', ('f', 1, 2, 't')))):
    print('SyntaxError', name)
for name in sorted(dir(ExceptionGroup('g', [ValueError()]))):
    print('ExceptionGroup', name)
e = KeyError('k')
e.custom = 1
for name in sorted(dir(e)):
    print('KeyError+attr', name)
