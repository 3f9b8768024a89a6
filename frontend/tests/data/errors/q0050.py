f"{x!r:{y}}"
f'\


    [pass