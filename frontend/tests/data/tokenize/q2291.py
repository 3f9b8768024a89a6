\
lambda y: y