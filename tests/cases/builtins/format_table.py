# format() over a table of values x specs, printing each result between bars to show padding; errors shown inline
values = [0, 7, -7, 255, 3.5, -0.25, 1e10, 'txt', True, 2 + 3j]
specs = ['', '>6', '<6', '^6', '+', '06', ',', '.2f', 'x', 'e', '%', 's', '#o', 'g']
for v in values:
    row = []
    for spec in specs:
        try:
            row.append('|' + format(v, spec) + '|')
        except (ValueError, TypeError) as e:
            row.append(type(e).__name__)
    print(repr(v), ' '.join(row))
