None \
 b"x" elif f'{ 
 as 
 def 	 case return elif