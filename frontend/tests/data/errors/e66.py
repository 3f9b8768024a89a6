x = f"{a:{b"
