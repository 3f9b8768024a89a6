lambda y: y
    lambda y: y#cif x:"\N{DASH} \
t"