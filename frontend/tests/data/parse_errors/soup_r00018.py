and and >= case } = \
 return for | + \
 def ;