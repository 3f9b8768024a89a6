x = bb"abc"
