é return rb"\d" type type , (  1 \N{ < < pass as { break with - é *a ) 	 1 case , while *a 0x1 \
 = if global !r *a in lambda break != "