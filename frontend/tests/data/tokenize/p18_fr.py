x = fr"abc"
