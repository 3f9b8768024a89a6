\N{DASH}f"{x!r:{y}}"\N{DASH}(f"{x!r:{y}}"if x:1
	
  