print (x)
