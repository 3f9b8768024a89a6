café = 1
π = 3.14
été = café + π
