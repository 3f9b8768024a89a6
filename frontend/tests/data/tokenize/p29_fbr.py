x = fbr"abc"
