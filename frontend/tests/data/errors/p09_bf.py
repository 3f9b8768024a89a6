x = bf"abc"
