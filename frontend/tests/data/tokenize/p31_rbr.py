x = rbr"abc"
