if not 0x1 match = nonlocal é @ None : ... #c for < \
 del