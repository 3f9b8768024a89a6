x = f"{a!r:{b:{c}}}"
