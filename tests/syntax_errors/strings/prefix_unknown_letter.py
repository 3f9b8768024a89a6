x = k'a'
