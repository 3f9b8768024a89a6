; \N{ ) ... rb"\d" 0x1 -> b"x" None [ 
 x from y !r  t"{x}" else elif except with !=