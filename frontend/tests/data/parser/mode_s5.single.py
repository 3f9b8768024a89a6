a; b
