{x{f"{x!r:{y}}"
#c

	