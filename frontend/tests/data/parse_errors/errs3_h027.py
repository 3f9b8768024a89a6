x = lambda x=: x
