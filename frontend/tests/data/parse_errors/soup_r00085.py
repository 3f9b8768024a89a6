\
 type \
 \N{