
	  (x