match 1 type in 1 t"{x}" while break \
 t"{x}" None !r & 0x1 class