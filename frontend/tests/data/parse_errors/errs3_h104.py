print(f"{*x, y}")
