x = Ub"abc"
