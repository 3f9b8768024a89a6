x = ab​c
