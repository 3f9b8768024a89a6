0.5
	  {{'''
'''lambda y: y{x#c}}