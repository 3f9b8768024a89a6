x = f"{a=b}"
