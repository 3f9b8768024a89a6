rb'\1iff'))lambda
	!=  #c:)