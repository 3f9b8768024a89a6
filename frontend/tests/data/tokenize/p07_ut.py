x = ut"abc"
