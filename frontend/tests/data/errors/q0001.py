f"{x!r:{y}}")
        }}'pass
	  0.5'''
'''
    lambda y: y!r