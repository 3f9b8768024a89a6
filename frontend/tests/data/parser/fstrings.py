f'{x:}'
f'{x:>10}'
f'{ x = }'
f'{x=!r:>{y}}'
f'{x=:>10}'
t'{ x = }'
t'{x!r:>{y}} a'
t'a' t'b{c}'
f'a\n{x}\
b'
rf'\d{x}'
f'{{}}'
f'''a
{x
}'''
f"{'a' 'b'}"
