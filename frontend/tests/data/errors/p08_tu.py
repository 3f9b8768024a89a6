x = tu"abc"
