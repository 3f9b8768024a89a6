if x:
	pass
	pass
