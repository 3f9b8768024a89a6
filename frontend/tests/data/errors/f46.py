if x:
    a
   \
 b
