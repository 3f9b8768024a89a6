lambda y: y1
f'{x[{x'\N{DASH}}}
        