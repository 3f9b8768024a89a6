True } , not t"{x}" if 
 t"{x}" in -> global *a 
 ( #c 	 except True . | async < class