# string.templatelib Template and Interpolation from t-strings: strings/interpolations/values, conversions, format specs, +, iteration, repr
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

name, count = 'World', 3
tpl = t'Hello {name}! You have {count:03d} {"items"!r}.'
Template = type(tpl)
t(lambda: Template.__name__)
t(lambda: Template.__module__)
t(lambda: tpl.strings)
t(lambda: tpl.values)
t(lambda: len(tpl.interpolations))
i0 = tpl.interpolations[0]
Interpolation = type(i0)
t(lambda: Interpolation.__name__)
t(lambda: (i0.value, i0.expression, i0.conversion, i0.format_spec))
i1 = tpl.interpolations[1]
t(lambda: (i1.value, i1.expression, i1.conversion, i1.format_spec))
i2 = tpl.interpolations[2]
t(lambda: (i2.value, i2.expression, i2.conversion, i2.format_spec))
t(lambda: i0)
t(lambda: tpl)
t(lambda: list(tpl))
t(lambda: t'')
t(lambda: t''.strings)
t(lambda: t'{1}{2}'.strings)
t(lambda: list(t'{1}{2}'))
t(lambda: (t'a{1}' + t'b{2}').strings)
t(lambda: t'a' + 'b')
t(lambda: 'a' + t'b')
t(lambda: t'x{count=}'.strings)
t(lambda: t'x{count=}'.interpolations[0].conversion)
t(lambda: t'{count:{name}}'.interpolations[0].format_spec)
t(lambda: t'{count!s:>5}'.interpolations[0])
t(lambda: Interpolation(1, 'expr'))
t(lambda: Interpolation(1, 'e', 'r', '>3'))
t(lambda: Interpolation(1, 'e', 'x'))
t(lambda: Template('a', Interpolation(1, 'one'), 'b', 'c'))
t(lambda: Template('a', 'b').strings)
t(lambda: Template(1))
t(lambda: Template().strings)
t(lambda: tpl == tpl)
t(lambda: str(t'plain')[:10])
t(lambda: f'{t"x"!r}'.startswith('Template('))
t(lambda: i0.__match_args__)
t(lambda: Template.__match_args__ if hasattr(Template, '__match_args__') else 'none')
t(lambda: hash(tpl) == hash(tpl))
t(lambda: setattr(tpl, 'strings', ()))
