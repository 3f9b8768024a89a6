" nonlocal \N{ not == except elif y ; t"{x}" := None ** 
 #c del match pass as not ~ match >= | while global finally