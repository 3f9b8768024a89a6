t"

	{x:
	

