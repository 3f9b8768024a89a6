x = tr"abc"
