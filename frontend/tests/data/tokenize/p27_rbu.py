x = rbu"abc"
