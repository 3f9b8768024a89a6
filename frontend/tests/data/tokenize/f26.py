x = f"{a:{b}
