x = f"\N{BULLET} {x}"
