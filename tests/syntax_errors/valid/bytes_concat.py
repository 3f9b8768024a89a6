x = b'a' rb'b'
