     @ 
 class . is ( #c *a ( . 	 >=