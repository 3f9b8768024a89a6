x = rt"abc"
