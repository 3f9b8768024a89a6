# str.join/str concatenation/str() on subclasses and non-str items: error messages with item index, join of generators/dict/sets of one, subclass results
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ','.join(['a', 'b', 3]))
t(lambda: ','.join([None]))
t(lambda: ','.join(['a', b'b']))
t(lambda: ''.join(('x',)))
t(lambda: '-'.join({'only'}))
t(lambda: '-'.join({'k1': 1, 'k2': 2}))
t(lambda: '-'.join(str(i) for i in range(5)))
t(lambda: '-'.join(map(str, [1.5, None, True])))
t(lambda: '→'.join('abc'))
t(lambda: ''.join([]))
t(lambda: ''.join(['a'] * 5))
t(lambda: str.join('+', ['1', '2']))
t(lambda: str.join(1, ['1']))
class S(str):
    pass
t(lambda: type(''.join([S('x')])).__name__)
t(lambda: type(S('a') + 'b').__name__)
t(lambda: type(S('a') * 2).__name__)
t(lambda: type(S('abc')[1:]).__name__)
t(lambda: type(S('abc').upper()).__name__)
t(lambda: type(str(S('abc'))).__name__)
t(lambda: type(S('abc').strip()).__name__)
t(lambda: type(f'{S("x")}').__name__)
t(lambda: type('%s' % S('x')).__name__)
t(lambda: S('abc') == 'abc')
t(lambda: {S('k'): 1}['k'])
t(lambda: S('x').join(['a', 'b']))
t(lambda: 'a' + S('b'))
t(lambda: 'abc' + None)
t(lambda: None + 'abc')
t(lambda: 'x' * 'y')
t(lambda: ''.join(x for x in ['a', 1]))
