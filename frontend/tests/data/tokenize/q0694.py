pass
  
	  >{w}

t"]