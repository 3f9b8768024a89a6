pass
    f"{x!r:{y}}"t":>{w}if x:
#c

  )
	\N{DASH}{x: