\N{DASH}f"=
	  f'"{x