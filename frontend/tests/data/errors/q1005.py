lambda y: y1\
