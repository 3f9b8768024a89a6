x = ru"abc"
