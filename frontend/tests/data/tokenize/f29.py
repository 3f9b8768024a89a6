x = f"{ a b }"
