x = tb"abc"
