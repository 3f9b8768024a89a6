x = f"abc{x:'>{10}}"
