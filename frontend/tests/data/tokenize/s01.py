x = f"a{{b{x}c}}d"
y = f"{x!r:>{w}.{p}}" f'{x=}' f"{x = !s:^10}"
