1f'
	  
	  \N{DASH}{

	'