@ pass , lambda rb"\d" . , import x == *a else @ ) pass 
 { x