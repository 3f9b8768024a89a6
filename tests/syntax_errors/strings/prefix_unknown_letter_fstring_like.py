x = kf'a'
