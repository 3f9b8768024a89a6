# f-strings: conversions, nested format specs, = debugging specifier, expressions, dict/str quotes, multiline, escaped braces
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x, y, name = 42, 3.14159, 'ouro'
t(lambda: f'{x} {y} {name}')
t(lambda: f'{x!r} {name!r} {name!s} {"é"!a}')
t(lambda: f'{x:>{8}} {y:.{3}f}')
t(lambda: f'{x=}')
t(lambda: f'{x = }')
t(lambda: f'{name=!s}')
t(lambda: f'{y=:.2f}')
t(lambda: f'{x + 1=}')
t(lambda: f'{{x}} {{{x}}}')
t(lambda: f'{[1, 2][0]} { {"a": 1}["a"] }')
t(lambda: f'{"nested " + f"{x}"}')
t(lambda: f'{'same quotes'}')
t(lambda: f'{x:#x} {x:08b} {x:,}')
t(lambda: f'{x if x > 40 else 0}')
t(lambda: f'{(lambda: 5)()}')
t(lambda: f'{x!r:^10}|')
t(lambda: f'''{
x
+ 1
}''')
t(lambda: f'{"\n".join(["a", "b"])}')
t(lambda: f'{x:{"<"}{"10"}}|')
t(lambda: f'{3.0:}')
t(lambda: f'{None}')
t(lambda: f'{b"bytes"}')
t(lambda: f'{1:d}' f'{2:d}' 'plain')
t(lambda: f'{x:s}')
t(lambda: f'{name:d}')
t(lambda: f'{undefined_thing}')
width = 6
t(lambda: f'{"right":>{width}}|{"left":<{width}}|')
class C:
    def __format__(self, spec):
        return f'C[{spec}]'
    def __str__(self):
        return 'C-str'
t(lambda: f'{C():{x}}')
t(lambda: f'{C()!s:5}')
t(lambda: f'{x}' == str(x))
t(lambda: type(f'').__name__)
