} 0x1       	 f'{ "a" { } ~ True } @ , import . 
  type != != in \
 None #c 1  class * := 	 while ** while class * ~ b"x"