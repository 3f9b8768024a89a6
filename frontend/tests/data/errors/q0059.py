[
	#c
        

    f"{x!r:{y}}"x,#cpass