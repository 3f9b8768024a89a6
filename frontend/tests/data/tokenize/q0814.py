\N{DASH}{x:xx \
f"10.5"\N{DASH}{
	f'