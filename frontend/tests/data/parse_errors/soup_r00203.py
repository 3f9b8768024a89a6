#c "a" -> return 	 is 0x1 return break 
 -> y f" class - = in != if @ return -> f" >=  < type as try * del class b"x"