+ while \
 ) é x \
 !r :=  import and b"x" )