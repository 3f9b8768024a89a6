\
 x as - . 1 "      == in True 
 1 f'{