t"{x:f'#c
	pass)f"{x!r:{y}}"x:
    
#c
,>{w}'