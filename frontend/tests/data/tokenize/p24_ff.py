x = ff"abc"
