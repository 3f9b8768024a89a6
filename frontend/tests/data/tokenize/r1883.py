
	1_0{rb'rf"!= 
  f'''':=x1ef"