x = ab€c
