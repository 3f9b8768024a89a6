}'
    
lambda y: y'''
'''
	#c
	'"\

	
	}}0.5