x = tt"abc"
