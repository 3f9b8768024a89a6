x = "\N{EM DASH}" + "\N{em dash}x" + f"\N{BULLET} {x}"
