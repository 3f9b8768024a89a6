x = f"abc{"
