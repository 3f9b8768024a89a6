x = rr"abc"
