1 import nonlocal in \
 None is #c while t"{x}" None 
 lambda **  class [ * !r ==