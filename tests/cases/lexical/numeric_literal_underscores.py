# Underscores in numeric literals of every kind, and where they are not allowed.
print(1_000, 0x_FF_FF, 0o_7_7, 0b_1_1, 1_0.0_1, 1_0e1_0, 1_0j, .5_5, 1e-1_0)
for src in ["1__0", "1_", "0x_", "1_.0", "1._0", "1e_5", "1_e5", "0_b1", "_1", "1.0_", "0x1__2"]:
    try:
        v = eval(src)
        print(f"{src!r:8} -> {v!r}")
    except SyntaxError as e:
        print(f"{src!r:8} SyntaxError: {e.msg}")
    except NameError as e:
        print(f"{src!r:8} NameError: {e}")
