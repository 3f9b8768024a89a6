# t-strings: Interpolation and Template constructors, argument checks, reduce, concatenation, match, parsing of conversions and specs, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
Template = type(t"")
Interpolation = type(t"{0}".interpolations[0])
x = 42
tp = t'a{x!a}b{x=!r:>10}c'
t(lambda: tp)
t(lambda: Interpolation(1))
t(lambda: Interpolation())
t(lambda: Interpolation(1, 2))
t(lambda: Interpolation(value=1, expression='e', conversion=None, format_spec='x'))
t(lambda: Interpolation(1, 'e', None, 5))
t(lambda: Interpolation(1, 'e', 'ab'))
t(lambda: Template(strings=('a',)))
t(lambda: Template('a', Interpolation(1, 'x'), Interpolation(2, 'y')))
t(lambda: Template(Interpolation(1, 'x')).strings)
t(lambda: Interpolation(1, 'x').__reduce__())
t(lambda: tp == t'a{x!a}b{x=!r:>10}c')
t(lambda: Interpolation(1,'x') == Interpolation(1,'x'))
t(lambda: str(tp)[:9])
t(lambda: format(tp, '')[:9])
t(lambda: Template[int])
t(lambda: Interpolation[int])
t(lambda: (t'' + t'').strings)
t(lambda: (t'{1}' + t'{2}').strings)
t(lambda: tp + t'z')
def m(i):
    match i:
        case Interpolation(v, e, c, f):
            return (v, e, c, f)
t(lambda: m(tp.interpolations[0]))
t(lambda: t'{x:{x}>{x}}'.interpolations[0].format_spec)
t(lambda: t'{x!r}'.interpolations[0].conversion)
t(lambda: t'''{
 x
}'''.interpolations[0].expression)
t(lambda: t'{x + 1 = }'.strings)
t(lambda: t'{x:}'.interpolations[0].format_spec)
t(lambda: t'{{}}{x}'.strings)
t(lambda: rt'\n{x}'.strings)
t(lambda: (t'a' t'b').strings)
t(lambda: tp.__class__.__module__)
t(lambda: Template.__doc__)
t(lambda: Interpolation.__doc__)
t(lambda: type(tp.interpolations))
t(lambda: Template.__bases__)
def sub():
    class S(Template): pass
t(sub)
t(lambda: t'a' * 2)
t(lambda: len(tp))
t(lambda: tp[0])
t(lambda: Template('a', 'b', Interpolation(1,'x'), 'c', 'd'))
t(lambda: list(Template('', Interpolation(1,'x'), '')))
t(lambda: Template.__new__(Template, 'x'))
t(lambda: setattr(Interpolation(1,'x'), 'value', 2))
t(lambda: Interpolation(1,'x').__match_args__)
t(lambda: Interpolation(1, 'x', conversion='s'))
t(lambda: Interpolation.__new__.__text_signature__)
