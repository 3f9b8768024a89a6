, t"{x}" finally = [ 
 if def return } & b"x" " 0x1 elif with := match