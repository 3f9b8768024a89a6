x = a <-> b
