{x:]
    \

#c
lambda y: y\
passt"