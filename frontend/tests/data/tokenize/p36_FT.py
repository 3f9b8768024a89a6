x = FT"abc"
