if x:
	if y:
		pass
	# c
  

	else_ = 1
