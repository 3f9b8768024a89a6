f"{x:f"f"{x!r:{y}}"
1)f'x!r,\N{DASH}]