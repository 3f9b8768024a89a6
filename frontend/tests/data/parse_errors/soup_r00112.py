:= \N{ 0x1 from + 	 ... : not < for @ import  async for else != := 
 = import