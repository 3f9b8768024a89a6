print(f"{x=!r:}")
