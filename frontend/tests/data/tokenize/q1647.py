pass
	pass
        {{0.5


        

1t"t"1!r