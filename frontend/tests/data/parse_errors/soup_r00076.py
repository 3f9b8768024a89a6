:= " while lambda return "a" from -> del \
 	 ] import await { \N{ - nonlocal finally ( >= , import = elif  type 1 ~ { is f'{ == é is