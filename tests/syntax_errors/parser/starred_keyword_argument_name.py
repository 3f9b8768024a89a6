f(*a=b)
