x = f"\N{BULLET"
