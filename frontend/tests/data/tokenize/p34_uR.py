x = uR"abc"
