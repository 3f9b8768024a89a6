from tbmods.cyc_a import VALUE
