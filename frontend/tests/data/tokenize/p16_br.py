x = br"abc"
