x = ft"abc"
