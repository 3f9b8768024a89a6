
	  '#cf"{x!r:{y}}"if x:\N{DASH})=
  