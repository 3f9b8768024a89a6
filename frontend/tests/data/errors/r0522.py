t'1_0
    in