 = if + \N{ " & 
 elif - 0x1 ... is + , finally from t"{x}" and )      as finally b"x" ~ & try yield