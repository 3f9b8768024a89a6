x = Rb"abc"
