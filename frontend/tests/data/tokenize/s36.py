if x:
    pass
	
z
