b"x" 
 "