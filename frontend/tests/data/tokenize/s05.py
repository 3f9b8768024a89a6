rf"\{x}" fr"\N{x}" f"\N{BULLET} {x}" f"\{{x}}" f"{x}\n"
