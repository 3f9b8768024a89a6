t"
:#c
    "
        [)}]:}lambda y: y