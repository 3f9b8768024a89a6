\
 1 @ ** ~ as type 	 
 elif : await = ( !r ** ( import y ~ and as ; ~ { f"