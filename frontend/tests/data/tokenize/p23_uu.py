x = uu"abc"
