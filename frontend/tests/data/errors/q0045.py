f''
>{w}f"{x!r:{y}}"]'pass0.5