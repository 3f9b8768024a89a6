{{lambda y: yx{x:>{w}pass
	
	{x