{f"1_0[
    \_1lambda1if{{