x = rf"abc"
