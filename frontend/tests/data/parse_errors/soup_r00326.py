, @ & 0x1 x ** ''' f'{ == if \
 elif : y -> match \N{ None else @ 0x1 return elif except rb"\d" -  { finally #c      with 	 \N{ @ else if *