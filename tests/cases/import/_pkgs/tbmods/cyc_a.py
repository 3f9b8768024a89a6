from tbmods import cyc_b
VALUE = 1
