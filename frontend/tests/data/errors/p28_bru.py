x = bru"abc"
