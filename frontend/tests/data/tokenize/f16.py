x = f"{a:
