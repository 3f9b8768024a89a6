yield True pass é 
 !r : " type  #c @ ~ | try case def é ==      while case @ * 	 for global * } ( else while in from try