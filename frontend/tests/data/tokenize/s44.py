x = 0xDEAD_BEEF + 0o_7 + 0b_1 + 1_2.3_4e5_6
