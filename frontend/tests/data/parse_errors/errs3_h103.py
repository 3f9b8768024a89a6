print(f"{x for x in y}")
