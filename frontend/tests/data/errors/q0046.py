f",
#c
[=0.5 \
xif x:lambda y: y