x = fu"abc"
