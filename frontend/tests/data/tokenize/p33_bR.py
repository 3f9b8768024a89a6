x = bR"abc"
