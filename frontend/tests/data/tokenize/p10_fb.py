x = fb"abc"
