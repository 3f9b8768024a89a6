* with del \
 @ , 	 ->      := : != not for except ''' ''' ]