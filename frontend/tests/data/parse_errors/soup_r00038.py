 except ) if 
 := \
 y 	 #c != f" is