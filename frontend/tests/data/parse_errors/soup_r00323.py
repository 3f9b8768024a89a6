try type class = while and !r def await [ lambda } 
 x global t"{x}" lambda in ''' except -