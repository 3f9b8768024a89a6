] { finally from else  ''' None #c await * & 
 ''' #c and      break async