as { >= \
 await ; not is for type | ) . . #c {      >= } == finally " 	 else '''